package org.coprod.search;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The search index of one library: derived data kept in {@value #FOLDER}/ beside the library's files, which it never
 * writes. Opening it rebuilds it from scratch when it is missing, unreadable, or written by an older
 * {@linkplain #FORMAT format}; {@link #synchronize} then brings it in line with the case files, and edits go through
 * {@link #update} and {@link #delete}, made visible to the next search by a near-real-time reopen (no commit per edit).
 * <p>
 * Thread-safe. When another program (a workbench) holds the index open for writing, it opens read-only.
 */
public final class CaseIndex implements Closeable {

    /** The index folder inside the library folder. */
    public static final String FOLDER = ".index";
    /**
     * Version of the document layout ({@link CaseDocument}); an index written with another is rebuilt. History: 1 =
     * first layout.
     */
    public static final int FORMAT = 1;
    static final String FORMAT_KEY = "coprod.index.format";
    /** Indexes up to this size have every file's checksum verified when opened. */
    static final long FULL_CHECK_BYTES = 256L << 20;
    /** A file left in the index folder when a search meets damage, so that the next open rebuilds. */
    static final String DAMAGED = "damaged.txt";

    private final Library library;
    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String rebuiltBecause;
    private volatile boolean changed;
    private volatile FacetState facetState;

    private CaseIndex(Library library, Path folder, Directory directory, Analyzer analyzer, IndexWriter writer,
            SearcherManager searchers, String rebuiltBecause) {
        this.library = library;
        this.folder = folder;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuiltBecause = rebuiltBecause;
    }

    /** The index folder of a library. */
    public static Path folderOf(Library library) {
        return library.folder().resolve(FOLDER);
    }

    /**
     * Opens the index of a library, starting a new one when it is missing, unreadable or of an older format. Call
     * {@link #synchronize} (or run an {@link IndexJob}) to index the cases.
     */
    public static CaseIndex open(Library library) throws IOException {
        return open(library, folderOf(library));
    }

    /** Opens an index that belongs to no library folder (cases indexed here have no file, so stamp 0). */
    public static CaseIndex open(Path folder) throws IOException {
        return open(null, folder);
    }

    private static CaseIndex open(Library library, Path folder) throws IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            Files.createDirectories(folder);
            String problem = check(folder);
            if (problem != null && !problem.equals(MISSING)) {
                // Never clear an index another program (a workbench) is writing: it may only have looked damaged
                // while that program was mid-write. Search it read-only instead.
                try (Directory dir = FSDirectory.open(folder);
                        org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    wipe(folder);
                } catch (LockObtainFailedException e) {
                    return openReadOnly(library, folder, null);
                }
            }
            try {
                return openWriter(library, folder, problem);
            } catch (LockObtainFailedException e) {
                return openReadOnly(library, folder, problem);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                    | NoSuchFileException | FileNotFoundException | EOFException e) {
                // Damage that only showed when the writer read the index: start again.
                wipe(folder);
                return openWriter(library, folder, "it was unreadable (" + e.getMessage() + ")");
            }
        }
    }

    private static final String MISSING = "there was none";

    /** Why the index in a folder cannot be used as it is, or null when it can. */
    private static String check(Path folder) {
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return MISSING;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
            String format = commit.getUserData().get(FORMAT_KEY);
            if (format == null || !format.equals(Integer.toString(FORMAT))) {
                return "it was written by an older version (format " + (format == null ? "0" : format) + ", now "
                        + FORMAT + ")";
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
                if (size(folder) <= FULL_CHECK_BYTES) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                }
            }
            if (Files.exists(folder.resolve(DAMAGED))) {
                return "it was found damaged while in use (" + Files.readString(folder.resolve(DAMAGED)).strip() + ")";
            }
            return null;
        } catch (IndexNotFoundException e) {
            return MISSING;
        } catch (IOException | RuntimeException e) {
            return "it was unreadable (" + e.getMessage() + ")";
        }
    }

    private static CaseIndex openWriter(Library library, Path folder, String problem) throws IOException {
        Directory dir = FSDirectory.open(folder);
        Analyzer analyzer = CaseAnalyzers.create();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(problem == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(128);
        config.setCommitOnClose(true);
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, config);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT)).entrySet());
        if (problem != null) {
            writer.commit();
        }
        SearcherManager searchers = new SearcherManager(writer, null);
        return new CaseIndex(library, folder, dir, analyzer, writer, searchers, problem);
    }

    private static CaseIndex openReadOnly(Library library, Path folder, String problem) throws IOException {
        Directory dir = FSDirectory.open(folder);
        try {
            SearcherManager searchers = new SearcherManager(dir, null);
            return new CaseIndex(library, folder, dir, CaseAnalyzers.create(), null, searchers, problem);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Deletes the index files; only ever the index folder's own plain files. */
    private static void wipe(Path folder) throws IOException {
        if (!folder.getFileName().toString().equals(FOLDER) && !Files.exists(folder.resolve("write.lock"))
                && !looksLikeIndex(folder)) {
            throw new IOException("Refusing to clear " + folder + ": it does not look like a search index folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !f.getFileName().toString().equals("write.lock")) {
                    Files.delete(f);
                }
            }
        }
    }

    private static boolean looksLikeIndex(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(f -> {
                String name = f.getFileName().toString();
                return name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock")
                        || name.equals(DAMAGED);
            });
        }
    }

    /**
     * Notes that the index was found damaged while in use (a checksum or format error in a search), so that the next
     * {@link #open} rebuilds it.
     */
    void markDamaged(IOException e) {
        try {
            Files.writeString(folder.resolve(DAMAGED), String.valueOf(e.getMessage()));
        } catch (IOException ignored) {
            // Read-only folder: the error reaches the user anyway.
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? Files.size(f) : 0;
            }
            return total;
        }
    }

    /** Why this index was started afresh when opened ("it was unreadable…"), if it was rebuilt. */
    public Optional<String> rebuiltBecause() {
        return Optional.ofNullable(rebuiltBecause).filter(r -> !r.equals(MISSING));
    }

    /** True when it was started afresh, for whatever reason, including there being no index yet. */
    public boolean isNew() {
        return rebuiltBecause != null;
    }

    /** False when another program holds the index for writing: searches work, updates are refused. */
    public boolean isWritable() {
        return writer != null;
    }

    public Path folder() {
        return folder;
    }

    /** The library whose cases this index holds, if it was opened for one. */
    public Optional<Library> library() {
        return Optional.ofNullable(library);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** What a {@link #synchronize} changed. */
    public record Changes(int added, int updated, int deleted, int unchanged) {
        public int total() {
            return added + updated + deleted;
        }
    }

    /**
     * Brings the index in line with the library: indexes cases that are new or whose file changed since they were
     * indexed, removes cases that are gone, and commits. Cancelling keeps what was done; the next call goes on from
     * there.
     */
    public Changes synchronize(IProgressMonitor monitor) throws IOException {
        if (library == null) {
            throw new IllegalStateException("This index was not opened for a library");
        }
        requireWritable();
        List<Case> cases = List.copyOf(library.root().getCases());
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + cases.size() + " cases", cases.size() + 2);
        try (LuceneContext lucene = LuceneContext.enter()) {
            Map<String, Long> indexed = indexedStamps();
            progress.worked(1);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            Set<String> live = new HashSet<>();
            try {
                for (Case c : cases) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    if (c.getId() == null || c.getId().isBlank()) {
                        progress.worked(1);
                        continue;
                    }
                    if (!live.add(c.getId())) {
                        progress.worked(1);
                        continue; // the same id twice: the first case wins, as in findCase
                    }
                    long stamp = stampOf(c);
                    Long old = indexed.get(c.getId());
                    if (old == null) {
                        writer.addDocument(CaseDocument.of(c, stamp));
                        added++;
                    } else if (old.longValue() != stamp || stamp == 0) {
                        writer.updateDocument(new Term(CaseDocument.ID, c.getId()), CaseDocument.of(c, stamp));
                        updated++;
                    } else {
                        unchanged++;
                    }
                    progress.subTask(c.getId());
                    progress.worked(1);
                }
            } finally {
                changed = true;
                writer.commit();
            }
            int deleted = 0;
            for (String id : indexed.keySet()) {
                if (!live.contains(id)) {
                    writer.deleteDocuments(new Term(CaseDocument.ID, id));
                    deleted++;
                }
            }
            writer.commit();
            progress.worked(1);
            return new Changes(added, updated, deleted, unchanged);
        }
    }

    /** Empties the index and indexes every case again (the library's files are only read). */
    public Changes rebuild(IProgressMonitor monitor) throws IOException {
        requireWritable();
        try (LuceneContext lucene = LuceneContext.enter()) {
            writer.deleteAll();
            writer.commit();
            changed = true;
        }
        return synchronize(monitor);
    }

    /** Indexes saved cases (replacing what was indexed for them); visible to the next search. */
    public void update(Collection<Case> cases) throws IOException {
        requireWritable();
        try (LuceneContext lucene = LuceneContext.enter()) {
            for (Case c : cases) {
                writer.updateDocument(new Term(CaseDocument.ID, c.getId()), CaseDocument.of(c, stampOf(c)));
            }
            changed = true;
        }
    }

    /**
     * Indexes cases known not to be in the index yet (as in a rebuild), without looking for an earlier document to
     * replace; a case added twice this way is found twice.
     */
    public void add(Collection<Case> cases) throws IOException {
        requireWritable();
        try (LuceneContext lucene = LuceneContext.enter()) {
            for (Case c : cases) {
                writer.addDocument(CaseDocument.of(c, stampOf(c)));
            }
            changed = true;
        }
    }

    public void update(Case c) throws IOException {
        update(List.of(c));
    }

    /** Removes deleted cases; visible to the next search. */
    public void delete(Collection<String> caseIds) throws IOException {
        requireWritable();
        try (LuceneContext lucene = LuceneContext.enter()) {
            for (String id : caseIds) {
                writer.deleteDocuments(new Term(CaseDocument.ID, id));
            }
            changed = true;
        }
    }

    /** Makes the edits so far durable. Edits are already searchable without it. */
    public void commit() throws IOException {
        if (writer != null && writer.hasUncommittedChanges()) {
            try (LuceneContext lucene = LuceneContext.enter()) {
                writer.commit();
            }
        }
    }

    /** How many cases are indexed (as of the latest edit). */
    public int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** A searcher that sees every edit made so far; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        if (changed) {
            changed = false;
            searchers.maybeRefreshBlocking();
        } else if (writer == null) {
            searchers.maybeRefresh();
        }
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Facet ordinals of a reader, built once per reopened reader. */
    Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState state = facetState;
        if (state != null && state.reader == reader) {
            return Optional.ofNullable(state.state);
        }
        synchronized (this) {
            state = facetState;
            if (state == null || state.reader != reader) {
                SortedSetDocValuesReaderState s = null;
                try {
                    s = new DefaultSortedSetDocValuesReaderState(reader, CaseDocument.FACETS_CONFIG);
                } catch (IllegalArgumentException e) {
                    // No document has a facet yet.
                }
                state = new FacetState(reader, s);
                facetState = state;
            }
        }
        return Optional.ofNullable(state.state);
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private Map<String, Long> indexedStamps() throws IOException {
        Map<String, Long> stamps = new HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(CaseDocument.ID);
                NumericDocValues times = leaf.reader().getNumericDocValues(CaseDocument.STAMP);
                Bits liveDocs = leaf.reader().getLiveDocs();
                if (ids == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (liveDocs != null && !liveDocs.get(doc)) {
                        continue;
                    }
                    long stamp = times != null && times.advanceExact(doc) ? times.longValue() : 0;
                    stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), stamp);
                }
            }
        } finally {
            release(searcher);
        }
        return stamps;
    }

    /** When a case's file was last written, mixed with its size; 0 when it has no file. */
    private long stampOf(Case c) {
        if (library == null) {
            return 0;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(library.caseFile(c), BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() * 31 + a.size();
        } catch (IOException e) {
            return 0;
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("The search index in " + folder
                    + " is open for writing in another program (a workbench?): it can be searched but not updated here");
        }
    }

    @Override
    public void close() throws IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
