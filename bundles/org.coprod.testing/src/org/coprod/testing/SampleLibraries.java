package org.coprod.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.SampleLibrary;

/**
 * Fresh copies of the real sample library for tests: the bundled spreadsheet is imported once per test run (it takes
 * seconds), and every test gets its own copy, which it may change.
 */
public final class SampleLibraries {

    private static Path master;

    private SampleLibraries() {
    }

    /** A copy of the sample library in {@code folder} (which must not exist yet or be empty), opened. */
    public static Library copyTo(Path folder) throws IOException {
        Path source = master();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = folder.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return Library.open(folder);
    }

    /** A copy of the sample library in {@code dir}/library; returns its folder. */
    public static Path copy(Path dir) throws IOException {
        Path folder = dir.resolve("library");
        copyTo(folder);
        return folder;
    }

    /** The one imported library the copies are made from; deleted when the test run ends. */
    private static synchronized Path master() throws IOException {
        if (master == null) {
            Path base = Files.createTempDirectory("coprod-sample");
            Path folder = base.resolve("sample");
            SampleLibrary.materialize(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(base)));
            master = folder;
        }
        return master;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up in time
        }
    }
}
