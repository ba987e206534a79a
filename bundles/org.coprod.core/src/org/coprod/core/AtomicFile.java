package org.coprod.core;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.List;
import java.util.Collection;
import java.util.ArrayList;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new one:
 * the bytes go to a temporary file in the same folder, are forced to disk, then renamed over the target.
 * A save of several files at once goes through {@link SaveJournal}, which uses the same two steps.
 */
public final class AtomicFile {

    private static final int FORCING_THREADS = 8;

    /** Suffix of the temporary files; a library scan ignores them and {@link #removeLeftovers} cleans them up. */
    public static final String TEMP_SUFFIX = ".saving";

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temp = stage(target, content, true);
        try {
            replace(temp, target);
            forceDirectory(target.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a new file: whole or, after a crash, not at all, like {@link #write}, but never over a file that exists
     * ({@link FileAlreadyExistsException}), for files that must never change once written (a document's text).
     */
    public static void create(Path target, byte[] content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = stage(target, content, true);
        try {
            try {
                // A rename replaces whatever took the name meanwhile; a hard link fails instead.
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // a file system without hard links: the move checks first, leaving only a moment's race
                Files.move(temp, target);
            }
            forceDirectory(target.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code content} to a new temporary file beside {@code target} and forces it to disk. The file is created
     * the way any new file is (its mode follows the umask, not the 0600 of {@code Files.createTempFile}, which would
     * make a shared library unreadable to colleagues); when it replaces a file, it takes that file's mode. Without
     * {@code force}, the caller forces it with {@link #force} before it is renamed.
     */
    public static Path stage(Path target, byte[] content, boolean force) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            // The writer's process id is in the name, so that a reader never takes a running save's file for a leftover.
            Path temp = dir.resolve("." + target.getFileName() + WRITER + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (force) {
                    channel.force(true);
                }
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            try {
                keepMode(target, temp);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return temp;
        }
    }

    private static void keepMode(Path original, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(replacement, view.readAttributes().permissions());
        } catch (NoSuchFileException e) {
            // a new file: the mode it was created with, from the umask, is the right one
        }
    }

    /** Forces a staged file's content to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames a staged file over its target, atomically where the file system can. */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (the renames just made in it) to disk; file systems that cannot do this are skipped. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder; the renames are then as durable as the file system makes them.
        }
    }

    /**
     * Deletes temporary files that an interrupted save left in a folder: those whose writing program has ended. Another
     * program (an import, a workbench) may be writing into the same folder right now; deleting its temporary file would
     * make its save fail half-way.
     */
    public static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(TEMP_SUFFIX) && writerHasEnded(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Marks the writing program's process id in a temporary file's name. */
    private static final String WRITER = "-pid";
    private static final Pattern WRITER_PID = Pattern
            .compile(WRITER + "(\\d+)-\\d*" + Pattern.quote(TEMP_SUFFIX) + "$");
    /** A temporary file that names no writer (written before names did) is left alone this long. */
    private static final Duration UNNAMED_WRITER_GRACE = Duration.ofMinutes(10);

    private static boolean writerHasEnded(Path temp) throws IOException {
        Matcher m = WRITER_PID.matcher(temp.getFileName().toString());
        if (m.find()) {
            // A process id is reused only long after; if it is, the file is left for a later open, which is harmless.
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
        }
        try {
            return Files.getLastModifiedTime(temp).toInstant().isBefore(Instant.now().minus(UNNAMED_WRITER_GRACE));
        } catch (NoSuchFileException e) {
            return false; // its writer has just renamed it into place
        }
    }

    /**
     * Forces the staged files to disk, several at a time: a file system commits concurrent forces together, so an import
     * or a merge of thousands of cases does not wait for thousands of disk flushes one after the other.
     */
    public static void forceAll(Collection<Path> files) throws IOException {
        List<Path> list = new ArrayList<>(files);
        if (list.size() < 8) {
            for (Path p : list) {
                AtomicFile.force(p);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(FORCING_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path p : list) {
                done.add(pool.submit(() -> {
                    AtomicFile.force(p);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the library", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
