package org.coprod.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The search index of one library: derived data, kept in the library's {@value #FOLDER}/ folder, or — when that is a
 * link, a file or cannot be written — in the user's cache folder or in memory ({@link IndexFolder}); the library's own
 * files are only ever read. It holds a document for each case and one for each of the case's coded segments, which
 * are written, replaced and removed with their case. Opening it rebuilds it from scratch when it is missing,
 * unreadable, or written by an older {@linkplain #FORMAT format}; {@link #synchronize} then brings it in line with the
 * case files, and edits go through {@link #update} and {@link #delete}, made visible to the next search by a
 * near-real-time reopen (no commit per edit).
 * <p>
 * Thread-safe. When another program (a workbench) holds the index open for writing, it opens read-only. Opening,
 * clearing and synchronizing happen under a {@link BuildLock}, so that a second program waits for a first one that is
 * still building the index rather than searching half of it.
 */
public final class CaseIndex implements Closeable {

    /** The index folder inside the library folder. */
    public static final String FOLDER = ".index";
    /**
     * Version of the document layout ({@link CaseDocument}); an index written with another is rebuilt. History: 1 =
     * first layout; 2 = coded segments: a document of their own each (kind, case id, codes, quote…), and their codes
     * ({@code code}) and quotes (full text) in their case's document.
     */
    public static final int FORMAT = 2;
    static final String FORMAT_KEY = "coprod.index.format";
    /** Indexes up to this size have every file's checksum verified when opened. */
    static final long FULL_CHECK_BYTES = 256L << 20;
    /** A file left in the index folder when a search meets damage, so that the next open rebuilds. */
    static final String DAMAGED = "damaged.txt";
    /** How long an open waits for another program to finish building the index. */
    static final Duration BUILD_WAIT = Duration.ofMinutes(2);

    private final Library library;
    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String rebuiltBecause;
    private final Duration wait;
    private final Consumer<String> notices;
    private volatile String movedBecause;
    /** Taken when opening, and kept until the first synchronize has committed (or the index is closed). */
    private volatile BuildLock buildLock;
    private volatile boolean changed;
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();

    CaseIndex(Library library, Path folder, Directory directory, Analyzer analyzer, IndexWriter writer,
            SearcherManager searchers, String rebuiltBecause, Duration wait, Consumer<String> notices) {
        this.library = library;
        this.folder = folder;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuiltBecause = rebuiltBecause;
        this.wait = wait;
        this.notices = notices;
    }

    /** The library's own index folder (the index may be kept elsewhere: see {@link #folder()}). */
    public static Path folderOf(Library library) {
        return library.folder().resolve(FOLDER);
    }

    /**
     * Opens the index of a library, starting a new one when it is missing, unreadable or of an older format. Call
     * {@link #synchronize} (or run an {@link IndexJob}) to index the cases.
     */
    public static CaseIndex open(Library library) throws IOException {
        return open(library, notice -> {
        });
    }

    /**
     * As {@link #open(Library)}, telling {@code notices} (on the calling thread, while it opens) when it has to wait
     * for another program, or cannot keep the index in the library folder.
     */
    public static CaseIndex open(Library library, Consumer<String> notices) throws IOException {
        return open(library, IndexFolder.cacheRoot(), BUILD_WAIT, notices);
    }

    static CaseIndex open(Library library, Path cacheRoot, Duration wait, Consumer<String> notices) throws IOException {
        IndexFolder.Choice where = IndexFolder.choose(library.folder(), cacheRoot);
        if (where.moved() != null) {
            notices.accept(where.moved());
        }
        CaseIndex index = IndexOpening.open(library, where.folder(), wait, notices);
        index.movedBecause = where.moved();
        return index;
    }

    /** Opens an index that belongs to no library folder (cases indexed here have no file, so stamp 0). */
    public static CaseIndex open(Path folder) throws IOException {
        String problem = IndexFolder.prepare(folder);
        if (problem != null) {
            throw new IOException("Cannot keep a search index in " + folder + ": it " + problem);
        }
        return IndexOpening.open(null, folder, BUILD_WAIT, notice -> {
        });
    }

    /**
     * Notes that the index was found damaged while in use (a checksum or format error in a search), so that the next
     * {@link #open} rebuilds it.
     */
    void markDamaged(IOException e) {
        if (folder == null) {
            return; // in memory: built afresh next time anyway
        }
        try {
            Files.writeString(folder.resolve(DAMAGED), String.valueOf(e.getMessage()));
        } catch (IOException ignored) {
            // Read-only folder: the error reaches the user anyway.
        }
    }

    /** Why this index was started afresh when opened ("it was unreadable…"), if it was rebuilt. */
    public Optional<String> rebuiltBecause() {
        return Optional.ofNullable(rebuiltBecause).filter(r -> !r.equals(IndexOpening.MISSING));
    }

    /** True when it was started afresh, for whatever reason, including there being no index yet. */
    public boolean isNew() {
        return rebuiltBecause != null;
    }

    /** False when another program holds the index for writing: searches work, updates are refused. */
    public boolean isWritable() {
        return writer != null;
    }

    /**
     * Why the index is not kept in the library's own {@value #FOLDER} folder ("… is a symbolic link; the index is kept
     * in … instead"), when it is not.
     */
    public Optional<String> movedBecause() {
        return Optional.ofNullable(movedBecause);
    }

    /** The folder the index is kept in, or null when it is kept in memory (see {@link #movedBecause}). */
    public Path folder() {
        return folder;
    }

    /** Keeps the build lock the index was opened under until the first {@link #synchronize} has committed. */
    void holdBuildLock(BuildLock lock) {
        buildLock = lock;
    }

    /** Where the index is kept, for messages. */
    public String where() {
        return folder == null ? "memory" : folder.toString();
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
        try (BuildLock lock = takeBuildLock()) {
            return synchronizeUnderLock(monitor);
        }
    }

    private Changes synchronizeUnderLock(IProgressMonitor monitor) throws IOException {
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
                        writer.addDocuments(CaseDocument.documents(c, stamp));
                        added++;
                    } else if (old.longValue() != stamp || stamp == 0) {
                        writer.updateDocuments(new Term(CaseDocument.ID, c.getId()), CaseDocument.documents(c, stamp));
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
        if (library == null) {
            throw new IllegalStateException("This index was not opened for a library");
        }
        requireWritable();
        try (BuildLock lock = takeBuildLock()) {
            try (LuceneContext lucene = LuceneContext.enter()) {
                writer.deleteAll();
                writer.commit();
                changed = true;
            }
            return synchronizeUnderLock(monitor);
        }
    }

    /** The build lock this index was opened with, the first time; afterwards a new one, waiting for it if need be. */
    private BuildLock takeBuildLock() throws IOException {
        synchronized (this) {
            BuildLock held = buildLock;
            if (held != null) {
                buildLock = null;
                return held;
            }
        }
        try (LuceneContext lucene = LuceneContext.enter()) {
            return BuildLock.take(directory, where(), wait, notices);
        }
    }

    /** Indexes saved cases (replacing what was indexed for them, segments and all); visible to the next search. */
    public void update(Collection<Case> cases) throws IOException {
        requireWritable();
        try (LuceneContext lucene = LuceneContext.enter()) {
            for (Case c : cases) {
                writer.updateDocuments(new Term(CaseDocument.ID, c.getId()), CaseDocument.documents(c, stampOf(c)));
            }
            changed = true;
        }
    }

    public void update(Case c) throws IOException {
        update(List.of(c));
    }

    /** Removes deleted cases and their segments; visible to the next search. */
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

    /** How many cases are indexed (as of the latest edit); their segments do not count. */
    public int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(CaseDocument.CASES);
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
        return facetOrdinals.of(reader);
    }

    private Map<String, Long> indexedStamps() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return CaseStamps.indexed(searcher.getIndexReader());
        } finally {
            release(searcher);
        }
    }

    private long stampOf(Case c) {
        return library == null ? 0 : CaseStamps.of(library, c);
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("The search index in " + where()
                    + " is open for writing in another program (a workbench?): it can be searched but not updated here");
        }
    }

    @Override
    public void close() throws IOException {
        try (LuceneContext lucene = LuceneContext.enter(); BuildLock lock = buildLock) {
            buildLock = null;
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
