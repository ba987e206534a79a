package org.coprod.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What each file of a library held when it was last read or written, as a digest, so that a save rewrites only the
 * files whose content changed (and a version-controlled library sees only real changes).
 */
final class FileDigests {

    private final Map<URI, byte[]> onDisk = new HashMap<>();

    void putDigest(URI uri, byte[] digest) {
        onDisk.put(uri, digest);
    }

    void forget(URI uri) {
        onDisk.remove(uri);
    }

    /**
     * Whether content of this {@link #digest} differs from what the file last held, or the file is gone. Only reads, so
     * the threads of one save may ask it together.
     */
    boolean differs(URI uri, byte[] digest) {
        return !Arrays.equals(digest, onDisk.get(uri)) || !Files.exists(Path.of(uri.toFileString()));
    }

    /** A resource as the bytes its file would hold; a value XML cannot hold fails here, before any file is touched. */
    static byte[] serialise(Resource resource) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try {
            resource.save(bytes, Library.saveOptions());
        } catch (RuntimeException e) {
            throw new IOException("Cannot write " + resource.getURI().toFileString() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
