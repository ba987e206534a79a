package org.coprod.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new one:
 * the bytes go to a temporary file in the same folder, are forced to disk, then renamed over the target.
 */
public final class AtomicFile {

    /** Suffix of the temporary files; a library scan ignores them and {@link #removeLeftovers} cleans them up. */
    public static final String TEMP_SUFFIX = ".saving";

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + WRITER + ProcessHandle.current().pid() + "-", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
    private static final java.util.regex.Pattern WRITER_PID = java.util.regex.Pattern
            .compile(WRITER + "(\\d+)-\\d*" + java.util.regex.Pattern.quote(TEMP_SUFFIX) + "$");
    /** A temporary file that names no writer (written before names did) is left alone this long. */
    private static final java.time.Duration UNNAMED_WRITER_GRACE = java.time.Duration.ofMinutes(10);

    private static boolean writerHasEnded(Path temp) throws IOException {
        java.util.regex.Matcher m = WRITER_PID.matcher(temp.getFileName().toString());
        if (m.find()) {
            // A process id is reused only long after; if it is, the file is left for a later open, which is harmless.
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
        }
        try {
            return Files.getLastModifiedTime(temp).toInstant().isBefore(java.time.Instant.now().minus(UNNAMED_WRITER_GRACE));
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // its writer has just renamed it into place
        }
    }
}
