package org.coprod.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The hand-written fixture libraries of this bundle's {@code fixtures/} folder, copied where a test may change them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies the fixture library {@code fixtures/<name>/} into {@code target} and returns {@code target}. */
    public static Path copy(String name, Path target) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        String root = "/fixtures/" + name + "/";
        List<URL> entries = Collections.list(bundle.findEntries(root, "*", true));
        int files = 0;
        for (URL url : entries) {
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            Path file = target.resolve(path.substring(path.indexOf(root) + root.length()));
            Files.createDirectories(file.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, file);
            }
            files++;
        }
        if (files == 0) {
            throw new IOException("No fixture library " + root + " in " + bundle.getSymbolicName());
        }
        return target;
    }

    /** Every file under a folder with its content, by path relative to it: to tell whether anything was written. */
    public static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
