package org.coprod.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.coprod.core.SampleLibrary;

/** Fresh copies of the real sample library for tests that write to it (imported once, copied per test). */
public final class SampleLibraries {

    private static Path master;

    private SampleLibraries() {
    }

    /** A copy of the sample library in {@code dir}/library. */
    public static synchronized Path copy(Path dir) throws IOException {
        if (master == null) {
            Path base = Files.createTempDirectory("coprod-sample");
            SampleLibrary.materialize(base.resolve("sample"));
            master = base.resolve("sample");
        }
        Path target = dir.resolve("library");
        try (Stream<Path> files = Files.walk(master)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(master.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
