package org.coprod.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the search index of a library is kept, and the only code that deletes files in an index folder.
 * <p>
 * The index is derived data, so it may live anywhere: in the library's own {@value CaseIndex#FOLDER} folder when that
 * is a real folder that can be written; otherwise in the user's cache folder, keyed by the library's path; otherwise in
 * memory. An index folder is never reached through a symbolic link nor used when it holds anything but index files
 * (Lucene's own clean-up deletes any unknown file named like one of its own), and clearing one deletes only files whose
 * names Lucene (or this bundle) gives its files: a link or a mistake can then never turn "rebuild the index" into
 * "delete the library".
 */
final class IndexFolder {

    /** System property naming the cache folder (default: {@code $XDG_CACHE_HOME}, else {@code ~/.cache}). */
    static final String CACHE_PROPERTY = "coprod.cache";

    /**
     * Lucene's file names: commit points ({@code segments_N}, {@code pending_segments_N}) and segment files
     * ({@code _0.cfs}, {@code _1_Lucene99_0.doc}, {@code _2_1.liv}). Generations are base 36; extensions are short and
     * lower-case, which keeps out a case file such as {@code _alpha.xmi}.
     */
    private static final Pattern LUCENE_FILE = Pattern
            .compile("(pending_)?segments_[0-9a-z]+|_[0-9a-z]+(_[0-9A-Za-z-]+)*\\.(?!xmi$|xml$|md$|txt$)[a-z]{2,4}");

    /** Where an index is kept, and why not in the library folder when it is not. */
    record Choice(Path folder, String moved) {
        /** An index kept in memory, built afresh for each use. */
        boolean inMemory() {
            return folder == null;
        }
    }

    private IndexFolder() {
    }

    private static final String WRITE_CHECK = ".write-check-";

    /** True for a plain file an index folder may hold: index files, locks, and a write check left by a crash. */
    private static boolean belongs(Path f) {
        String name = f.getFileName().toString();
        return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && (isIndexFile(name) || name.equals(BuildLock.FILE)
                || name.equals("write.lock") || name.startsWith(WRITE_CHECK));
    }

    /** True for a file that belongs to an index and may be deleted when the index is cleared. */
    static boolean isIndexFile(String name) {
        return name.equals(CaseIndex.DAMAGED) || LUCENE_FILE.matcher(name).matches();
    }

    /** The library's own index folder if it can be used, else a folder under the cache root, else memory. */
    static Choice choose(Path library, Path cacheRoot) {
        Path own = library.resolve(CaseIndex.FOLDER);
        String ownProblem = prepare(own);
        if (ownProblem == null) {
            return new Choice(own, null);
        }
        Path cached = cacheRoot == null ? null : cacheRoot.resolve("coprod").resolve("index").resolve(key(library));
        String cacheProblem = cached == null ? "there is no cache folder" : prepare(cached);
        if (cacheProblem == null) {
            return new Choice(cached, own + " " + ownProblem + "; the index is kept in " + cached + " instead");
        }
        return new Choice(null, own + " " + ownProblem + ", and " + (cached == null ? "" : cached + " ") + cacheProblem
                + "; the index is built in memory for this search only");
    }

    /** The user's cache folder, or null when there is no home folder to put one in. */
    static Path cacheRoot() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData);
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache");
    }

    /**
     * Creates the folder when it is missing and checks that it can hold an index; says why not ("is a symbolic
     * link…"), or returns null. Writing is checked by writing, not by permission bits, which say nothing for root, on
     * a read-only mount or with ACLs.
     */
    static String prepare(Path folder) {
        if (Files.isSymbolicLink(folder)) {
            return "is a symbolic link; an index folder is never used through a link, so that clearing it can never"
                    + " delete what the link points to";
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return "is a file, not a folder";
        }
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                // Lucene deletes whatever looks like its own in its folder (any "_x.y"): keep it to a folder of its own.
                Path stranger = files.filter(f -> !belongs(f)).findFirst().orElse(null);
                if (stranger != null) {
                    return (Files.isSymbolicLink(stranger) ? "holds a symbolic link (" : "holds a file that is not the index's (")
                            + stranger.getFileName() + "); an index folder must hold only the index's own files, so"
                            + " that clearing it can delete nothing else";
                }
            }
            Path probe = Files.createTempFile(folder, WRITE_CHECK, ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot be written (" + reason(e) + ")";
        }
    }

    /** What went wrong, in words rather than a bare path. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Deletes the index files in a folder: only plain files with index file names, never {@code write.lock} (held
     * while this runs), never a link, a sub-folder or a file of any other name.
     */
    static void wipe(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Refusing to clear " + folder + ": it is not a folder of its own");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (isIndexFile(f.getFileName().toString()) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Total size of the index files in a folder. */
    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? Files.size(f) : 0;
            }
            return total;
        }
    }

    /** A cache folder name for a library: readable, and unique to its real path. */
    private static String key(Path library) {
        Path real;
        try {
            real = library.toRealPath();
        } catch (IOException e) {
            real = library.toAbsolutePath().normalize();
        }
        String name = real.getFileName() == null ? "library" : real.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
