package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder truly read-only for the span of a test. Tests often run as root, for whom permission bits are not
 * enforced (a folder of mode 0555 can still be written), so as root the folder is made immutable ({@code chattr +i},
 * which binds root too); otherwise its write permission is taken away. Either way the test checks that writing now
 * fails, so it can never pass on a folder that is in fact writable.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;
    /** What the file system answers to a write ("permission denied", "operation not permitted"). */
    final String reason;

    private ReadOnlyFolder(Path folder, boolean immutable, String reason) {
        this.folder = folder;
        this.immutable = immutable;
        this.reason = reason;
    }

    static ReadOnlyFolder of(Path folder) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            chattr("+i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Files.delete(Files.createTempFile(folder, "probe", null));
            fail("could not make " + folder + " read-only");
        } catch (IOException expected) {
            return new ReadOnlyFolder(folder, root, IndexFolder.reason(expected));
        }
        return null;
    }

    private static void chattr(String change, Path folder) throws Exception {
        Process p = new ProcessBuilder("chattr", change, folder.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "chattr " + change + " " + folder + ": " + output);
    }

    @Override
    public void close() throws Exception {
        if (immutable) {
            chattr("-i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
