package org.coprod.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.coprod.core.AtomicFile;

/**
 * Writes many files of a library so that each is replaced whole (a temporary file beside it, renamed over it) and all
 * reach the disk: the temporary files are forced several at a time, because a file system commits concurrent forces
 * together, and each folder once after its renames. The files are staged by the core's {@link AtomicFile} (its temporary
 * names carry the writer's process id, so that opening the library removes any a kill left behind). All or
 * nothing is not needed here: the pull's record makes the whole set of writes repeatable.
 */
final class FileWrites {

    private FileWrites() {
    }

    static void write(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                staged.put(AtomicFile.stage(e.getKey(), e.getValue(), false), e.getKey());
            }
            AtomicFile.forceAll(staged.keySet());
            Set<Path> folders = new LinkedHashSet<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                AtomicFile.replace(e.getKey(), e.getValue());
                folders.add(e.getValue().getParent());
            }
            for (Path folder : folders) {
                AtomicFile.forceDirectory(folder);
            }
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
