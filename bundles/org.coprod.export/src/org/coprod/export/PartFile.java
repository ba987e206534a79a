package org.coprod.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden file a brief is written to before it is moved into place, such as {@code .brief.docx.4711-lx2k9a-1.part}.
 * Its name carries the writing process's id and start time, so that a later export can tell a file abandoned by a
 * killed process (removed) from one another process or thread is still writing (left alone), even when process ids are
 * reused, as they are in containers.
 */
final class PartFile {

    private static final String SUFFIX = ".part";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** {@code <pid>-<start time, ms, base 36>-<sequence>} between the brief's name and the suffix. */
    private static final Pattern OWNER = Pattern.compile("(\\d+)-([0-9a-z]+)-[0-9a-z]+");

    private PartFile() {
    }

    /** A new, unused name beside the target. */
    static Path next(Path target) {
        ProcessHandle self = ProcessHandle.current();
        return target.resolveSibling("." + target.getFileName() + "." + self.pid() + "-" + Long.toString(startMillis(self), 36) + "-"
                + Long.toString(SEQUENCE.incrementAndGet(), 36) + SUFFIX);
    }

    /** Removes the part files of this target whose writer no longer runs; anything else in the folder is untouched. */
    static void removeAbandoned(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.toAbsolutePath().getParent())) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(SUFFIX) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Matcher owner = OWNER.matcher(name.substring(prefix.length(), name.length() - SUFFIX.length()));
                    if (owner.matches() && !running(Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2), 36))) {
                        delete(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // only tidying: the export itself does not depend on it
        }
    }

    private static boolean running(long pid, long startMillis) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive() && startMillis(process.get()) == startMillis;
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Deletes the part file when the program is stopped by a signal it can handle (Ctrl+C, kill) while writing. */
    static Thread removeOnExit(Path part) {
        Thread hook = new Thread(() -> delete(part), "remove " + part.getFileName());
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return hook;
        } catch (IllegalStateException e) {
            return null; // already shutting down
        }
    }

    /** The write is over (moved or failed): the hook is no longer needed. */
    static void keep(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs and finds nothing to delete
            }
        }
    }

    static void delete(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // nothing more can be done; a later export of the same brief removes it
        }
    }
}
