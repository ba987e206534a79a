package org.coprod.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes a save of several files of a library all or nothing. Every new file is first written whole to a temporary
 * file beside its target; only then is a journal naming every rename and deletion put in place (one atomic rename), the
 * renames done and the journal removed. A save killed before the journal exists leaves the old files (its temporary
 * files are removed on the next open); one killed after is rolled forward by the next open, so an import never shows
 * half its cases. Writers and the recovery hold the library's lock file, so one never removes another's files.
 */
final class SaveJournal {

    /** The journal of a save under way, in the library folder; present only between the staging and the last rename. */
    static final String JOURNAL = ".saving-journal";
    /** Held (as an OS file lock) by whoever writes or recovers the library. */
    static final String LOCK = ".lock";

    private static final String HEADER = "coprod save journal 1";
    private static final String END = "end";
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private SaveJournal() {
    }

    /** Writes every file of {@code writes} and deletes every file of {@code deletes}, all or nothing. */
    static void commit(Path folder, Map<Path, byte[]> writes, Set<Path> deletes) throws IOException {
        try (Staging staging = new Staging(folder)) {
            for (Map.Entry<Path, byte[]> e : writes.entrySet()) {
                staging.stage(e.getKey(), e.getValue());
            }
            staging.commit(deletes);
        }
    }

    /**
     * The new files of one save, each written to a temporary file beside its target as soon as it is ready, so that a
     * save of thousands of case files never holds all their bytes at once; then {@link #commit}ted together or, when the
     * save fails before its journal is written, removed by {@link #close}. Until the journal exists no file of the
     * library has changed, and a process killed while staging leaves only temporary files naming it, which the next open
     * removes ({@link AtomicFile#removeLeftovers}: never those of a writer still running). Several threads may stage.
     */
    static final class Staging implements AutoCloseable {

        private final Path folder;
        /** Temporary file to target, in the order staged. */
        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private boolean decided;

        Staging(Path folder) {
            this.folder = folder;
        }

        /** Writes {@code content} to a temporary file beside {@code target} (forced to disk by {@link #commit}). */
        void stage(Path target, byte[] content) throws IOException {
            Path temp = AtomicFile.stage(target, content, false);
            synchronized (staged) {
                if (decided) {
                    Files.deleteIfExists(temp);
                    throw new IllegalStateException("the save was committed already");
                }
                staged.put(temp, target);
            }
        }

        /** Renames every staged file over its target and deletes {@code deletes}, all or (before the journal) nothing. */
        void commit(Set<Path> deletes) throws IOException {
            synchronized (staged) {
                if (staged.isEmpty() && deletes.isEmpty()) {
                    decided = true;
                    return;
                }
                locked(folder, () -> {
                    recoverLocked(folder);
                    AtomicFile.forceAll(staged.keySet());
                    for (Path dir : folders(staged.keySet())) {
                        AtomicFile.forceDirectory(dir);
                    }
                    writeJournal(folder, staged, deletes);
                    // From here on the save is decided: whatever happens, the next open finishes it from the journal.
                    decided = true;
                    rollForward(folder, staged, deletes);
                });
            }
        }

        /** Removes the staged files of a save that was not committed. */
        @Override
        public void close() {
            synchronized (staged) {
                if (decided) {
                    return;
                }
                decided = true;
                for (Path temp : staged.keySet()) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException e) {
                        // left for the next open, which removes the temporary files of writers that have ended
                    }
                }
            }
        }
    }

    /** Finishes a save that was interrupted after its journal was written, and removes the temporary files of any other. */
    static void recover(Path folder) throws IOException {
        if (!Files.exists(folder.resolve(JOURNAL)) && !Files.isWritable(folder)) {
            return; // a read-only library: nothing to finish, and nothing this process could have left behind
        }
        locked(folder, () -> recoverLocked(folder));
    }

    private static void recoverLocked(Path folder) throws IOException {
        Path journal = folder.resolve(JOURNAL);
        if (Files.isRegularFile(journal)) {
            Map<Path, Path> staged = new LinkedHashMap<>();
            Set<Path> deletes = new LinkedHashSet<>();
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
                throw new IOException(journal + ": not a complete save journal; the library may hold a half-finished save");
            }
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] p = line.split("\t");
                if (p.length == 3 && p[0].equals("write")) {
                    staged.put(inside(folder, p[1], journal), inside(folder, p[2], journal));
                } else if (p.length == 2 && p[0].equals("delete")) {
                    deletes.add(inside(folder, p[1], journal));
                } else {
                    throw new IOException(journal + ": unreadable line '" + line + "'");
                }
            }
            rollForward(folder, staged, deletes);
        }
        AtomicFile.removeLeftovers(folder);
        AtomicFile.removeLeftovers(folder.resolve(Library.CASES_DIR));
    }

    private static void rollForward(Path folder, Map<Path, Path> staged, Set<Path> deletes) throws IOException {
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            // A temporary file that is gone was renamed before the interruption.
            if (Files.exists(e.getKey())) {
                AtomicFile.replace(e.getKey(), e.getValue());
            }
        }
        for (Path p : deletes) {
            Files.deleteIfExists(p);
        }
        for (Path dir : folders(staged.values())) {
            AtomicFile.forceDirectory(dir);
        }
        Files.deleteIfExists(folder.resolve(JOURNAL));
        AtomicFile.forceDirectory(folder);
    }

    private static void writeJournal(Path folder, Map<Path, Path> staged, Set<Path> deletes) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        staged.forEach((temp, target) -> text.append("write\t").append(folder.relativize(temp)).append('\t')
                .append(folder.relativize(target)).append('\n'));
        deletes.forEach(p -> text.append("delete\t").append(folder.relativize(p)).append('\n'));
        text.append(END).append('\n');
        AtomicFile.write(folder.resolve(JOURNAL), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A path named by a journal, which must stay inside the library folder (a journal is data, never trusted). */
    private static Path inside(Path folder, String relative, Path journal) throws IOException {
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder) || p.equals(folder)) {
            throw new IOException(journal + ": names a file outside the library: " + relative);
        }
        return p;
    }

    private static Set<Path> folders(Iterable<Path> files) {
        Set<Path> dirs = new LinkedHashSet<>();
        files.forEach(f -> dirs.add(f.toAbsolutePath().getParent()));
        return dirs;
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void locked(Path folder, Step step) throws IOException {
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = acquire(channel);
            try {
                step.run();
            } finally {
                if (lock != null) {
                    lock.release();
                }
            }
        } finally {
            local.unlock();
        }
    }

    private static FileLock acquire(FileChannel channel) throws IOException {
        try {
            return channel.lock();
        } catch (OverlappingFileLockException e) {
            // Held by this JVM through another channel, which the in-JVM lock above already serialises.
            return null;
        }
    }
}
