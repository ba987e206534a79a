package org.coprod.share;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.coprod.core.AtomicFile;

/**
 * Writes many files of a library so that each is replaced whole (a temporary file beside it, renamed over it) and all
 * reach the disk: the temporary files are forced several at a time, because a file system commits concurrent forces
 * together, and each folder once after its renames. The temporary files are named as the core names its own (writer's
 * process id, {@link AtomicFile#TEMP_SUFFIX}), so that opening the library removes any a kill left behind. All or
 * nothing is not needed here: the pull's record makes the whole set of writes repeatable.
 */
final class FileWrites {


    private FileWrites() {
    }

    static void write(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                staged.put(stage(e.getKey(), e.getValue()), e.getKey());
            }
            AtomicFile.forceAll(staged.keySet());
            Set<Path> folders = new LinkedHashSet<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                replace(e.getKey(), e.getValue());
                folders.add(e.getValue().getParent());
            }
            for (Path folder : folders) {
                forceFolder(folder);
            }
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path stage(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "-pid" + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + AtomicFile.TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        return temp;
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // a platform that cannot open a folder: the renames are as durable as its file system makes them
        }
    }
}
