package org.coprod.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;

/** A fresh copy of the sample library, with its index synchronized. */
final class SampleFixture implements AutoCloseable {

    final Path folder;
    final Library library;
    final CaseIndex index;

    private SampleFixture(Path folder, Library library, CaseIndex index) {
        this.folder = folder;
        this.library = library;
        this.index = index;
    }

    static SampleFixture create(Path parent) throws IOException {
        Path folder = parent.resolve("sample-" + System.nanoTime());
        Library library = SampleLibraries.copyTo(folder);
        CaseIndex index = CaseIndex.open(library);
        index.synchronize(new NullProgressMonitor());
        return new SampleFixture(folder, library, index);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** Every file of the library folder except the index, with its bytes, for checking nothing else was touched. */
    static Map<Path, String> libraryFiles(Path folder) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path rel = folder.relativize(p);
                if (Files.isRegularFile(p) && !rel.startsWith(CaseIndex.FOLDER)) {
                    files.put(rel, Files.readString(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return files;
    }
}
