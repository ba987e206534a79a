package org.coprod.testing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Makes a folder truly read-only for the span of a test. Tests often run as root, for whom permission bits are not
 * enforced (a folder of mode 0555 can still be written), so as root the folder is made immutable ({@code chattr +i},
 * which binds root too); otherwise its write permission is taken away. Either way it checks that writing now fails,
 * so a test can never pass on a folder that is in fact writable.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;
    private final String reason;

    private ReadOnlyFolder(Path folder, boolean immutable, String reason) {
        this.folder = folder;
        this.immutable = immutable;
        this.reason = reason;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            chattr("+i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Files.delete(Files.createTempFile(folder, "probe", null));
        } catch (IOException expected) {
            return new ReadOnlyFolder(folder, root, reason(expected));
        }
        throw new IllegalStateException("could not make " + folder + " read-only");
    }

    /** What the file system answers to a write here ("permission denied", "operation not permitted"). */
    public String reason() {
        return reason;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void chattr(String change, Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", change, folder.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("chattr " + change + " " + folder + ": " + output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
