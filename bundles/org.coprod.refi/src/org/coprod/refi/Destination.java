package org.coprod.refi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.osgi.util.NLS;

/**
 * The file an export writes: checked before any work (a file of the right kind in an existing, writable folder, outside
 * the library, not an existing file unless replacing is asked for, and then only a regular one), then written whole to
 * a hidden file beside it and moved into place, so that a failure or a cancel leaves the destination as it was.
 */
final class Destination {

    /** Writes the content of an export to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;

    private Destination(Path target) {
        this.target = target;
    }

    static Destination check(Path file, String extension, Path libraryFolder, boolean overwrite) throws RefiException {
        if (file == null) {
            throw new RefiException(Messages.Destination_none);
        }
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new RefiException(NLS.bind(Messages.Destination_folder, target, extension));
        }
        String name = target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            throw new RefiException(NLS.bind(Messages.Destination_extension, name, extension));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RefiException(NLS.bind(Messages.Destination_noFolder, target, folder));
        }
        if (!Files.isWritable(folder)) {
            throw new RefiException(NLS.bind(Messages.Destination_notWritable, target, folder));
        }
        if (libraryFolder != null && inside(folder, libraryFolder)) {
            throw new RefiException(NLS.bind(Messages.Destination_inLibrary, target, libraryFolder));
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!overwrite) {
                throw new RefiException(NLS.bind(Messages.Destination_exists, target));
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefiException(NLS.bind(Messages.Destination_notRegular, target));
            }
        }
        return new Destination(target);
    }

    private static boolean inside(Path folder, Path library) {
        try {
            return folder.toRealPath().startsWith(library.toRealPath());
        } catch (IOException e) {
            return folder.startsWith(library.toAbsolutePath().normalize());
        }
    }

    Path file() {
        return target;
    }

    /** Writes the content to a hidden file beside the destination, then moves it into place. */
    void write(Content content) throws RefiException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (RefiException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new RefiException(NLS.bind(Messages.Destination_denied, target), e);
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.Destination_failed, target, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done; the hidden file names the process that left it
            }
        }
    }
}
