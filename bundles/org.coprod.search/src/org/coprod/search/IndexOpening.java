package org.coprod.search;

import java.nio.file.AccessDeniedException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.coprod.core.Library;

/**
 * Opens a {@link CaseIndex} in a folder it was given (or in memory): under the {@link BuildLock}, checks the index
 * there, clears and restarts it when it cannot be used, and opens it for writing — or read-only when another program
 * holds it for writing.
 */
final class IndexOpening {

    /** A flushed or merged segment up to this size stays in memory until committed... */
    private static final double NRT_SEGMENT_MB = 5;
    /** ...while all such segments together take no more than this. */
    private static final double NRT_CACHE_MB = 60;

    private IndexOpening() {
    }

    static CaseIndex open(Library library, Path folder, Duration wait, Consumer<String> notices)
            throws IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            // Every edit is searchable at once through a near-real-time reopen, which flushes the edit as a small new
            // segment: kept in memory until a commit (or a merge) writes it, instead of a dozen files made, written and
            // read back per edit. Uncommitted edits were never on disk to survive a crash anyway; the index is rebuilt.
            Directory dir = folder == null ? new ByteBuffersDirectory()
                    : new NRTCachingDirectory(FSDirectory.open(folder), NRT_SEGMENT_MB, NRT_CACHE_MB);
            BuildLock build = null;
            try {
                build = BuildLock.take(dir, folder == null ? "memory" : folder.toString(), wait, notices);
                CaseIndex index = openUnderLock(library, folder, dir, wait, notices);
                if (index.isWritable()) {
                    index.holdBuildLock(build); // let go by the first synchronize
                } else {
                    build.close();
                }
                return index;
            } catch (IOException | RuntimeException e) {
                try (dir; BuildLock b = build) {
                    throw e;
                }
            }
        }
    }

    private static CaseIndex openUnderLock(Library library, Path folder, Directory dir, Duration wait,
            Consumer<String> notices) throws IOException {
        String problem = folder == null ? MISSING : check(dir, folder);
        if (problem != null && !problem.equals(MISSING)) {
            // Never clear an index another program (a workbench) is writing: it may only have looked damaged
            // while that program was mid-write. Search it read-only instead.
            try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                IndexFolder.wipe(folder);
            } catch (LockObtainFailedException e) {
                return openReadOnly(library, folder, dir, null, wait, notices);
            }
        }
        try {
            return openWriter(library, folder, dir, problem, wait, notices);
        } catch (LockObtainFailedException e) {
            return openReadOnly(library, folder, dir, problem, wait, notices);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                | NoSuchFileException | FileNotFoundException | EOFException e) {
            // Damage that only showed when the writer read the index: start again.
            IndexFolder.wipe(folder);
            return openWriter(library, folder, dir, unusable(e), wait, notices);
        }
    }

    static final String MISSING = "there was none";

    /** Why the index in a folder cannot be used as it is, or null when it can. */
    private static String check(Directory dir, Path folder) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return MISSING;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
            String format = commit.getUserData().get(CaseIndex.FORMAT_KEY);
            if (format == null || !format.equals(Integer.toString(CaseIndex.FORMAT))) {
                return "it was written by an older version (format " + (format == null ? "0" : format) + ", now "
                        + CaseIndex.FORMAT + ")";
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // Reading a document and the doc values touches every kind of file a search will need.
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = searcher.search(new MatchAllDocsQuery(), 1);
                if (top.scoreDocs.length > 0) {
                    searcher.storedFields().document(top.scoreDocs[0].doc);
                }
                // Checksums of every file: cheap for a library of a few thousand cases; for larger indexes the
                // small files Lucene verifies on open, and damage found later, marked below, must do.
                if (IndexFolder.size(folder) <= CaseIndex.FULL_CHECK_BYTES) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                }
            }
            if (Files.exists(folder.resolve(CaseIndex.DAMAGED))) {
                // the file keeps Lucene's words for whoever debugs it; the user is told what they mean
                return "it was found damaged while in use";
            }
            return null;
        } catch (IndexNotFoundException e) {
            return MISSING;
        } catch (IOException | RuntimeException e) {
            return unusable(e);
        }
    }

    /**
     * Why Lucene could not read an index, in a user's words: its own ("Format version is not supported (resource
     * BufferedChecksumIndexInput(…))") name its classes and mean nothing to someone searching a library.
     */
    static String unusable(Exception e) {
        if (e instanceof IndexFormatTooOldException old) {
            // Lucene reports a file that does not even start as its files do as "too old" too, with its magic number
            // as the version wanted: that is damage, not age.
            boolean notLucene = old.getMinVersion() != null && old.getMinVersion() == CodecUtil.CODEC_MAGIC
                    && old.getMaxVersion() != null && old.getMaxVersion() == CodecUtil.CODEC_MAGIC;
            return notLucene ? DAMAGED_REASON : "it was written by an older version of the program";
        }
        if (e instanceof IndexFormatTooNewException) {
            return "it was written by a newer version of the program";
        }
        if (e instanceof CorruptIndexException || e instanceof EOFException || e instanceof NoSuchFileException
                || e instanceof FileNotFoundException) {
            return DAMAGED_REASON;
        }
        if (e instanceof AccessDeniedException) {
            return "its files could not be read (no permission)";
        }
        return "it could not be read (" + e.getMessage() + ")";
    }

    private static final String DAMAGED_REASON = "it was damaged (one of its files is missing, cut short or not what it should be)";

    private static CaseIndex openWriter(Library library, Path folder, Directory dir, String problem, Duration wait,
            Consumer<String> notices) throws IOException {
        Analyzer analyzer = CaseAnalyzers.create();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(problem == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(128);
        config.setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(dir, config);
        writer.setLiveCommitData(Map.of(CaseIndex.FORMAT_KEY, Integer.toString(CaseIndex.FORMAT)).entrySet());
        if (problem != null) {
            writer.commit();
        }
        SearcherManager searchers = new SearcherManager(writer, null);
        return new CaseIndex(library, folder, dir, analyzer, writer, searchers, problem, wait, notices);
    }

    private static CaseIndex openReadOnly(Library library, Path folder, Directory dir, String problem, Duration wait,
            Consumer<String> notices) throws IOException {
        SearcherManager searchers = new SearcherManager(dir, null);
        return new CaseIndex(library, folder, dir, CaseAnalyzers.create(), null, searchers, problem, wait, notices);
    }
}
