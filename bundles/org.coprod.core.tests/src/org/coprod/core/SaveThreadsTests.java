package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coprod.core.importer.SampleLibrary;
import org.coprod.model.Case;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save of many case files serialises them on several threads and stages each on disk as soon as it is serialised:
 * the files are the bytes EMF writes for them one after another on one thread, and a save that fails half-way leaves
 * the library as it was, with no temporary file.
 */
class SaveThreadsTests {

    @TempDir
    Path dir;

    @Test
    void caseFilesSavedOnSeveralThreadsAreTheBytesOfASaveOnOne() throws Exception {
        // on a machine of one core the save runs on one thread, and this checks only that it writes what EMF writes
        Library library = withCopies(dir.resolve("lib"), 3 * SaveThreads.PARALLEL_FROM);
        library.save();
        List<Resource> files = new ArrayList<>();
        files.add(library.root().eResource());
        library.root().getCases().forEach(c -> files.add(c.eResource()));
        assertTrue(files.size() > 3 * SaveThreads.PARALLEL_FROM);
        // What EMF itself writes for each file, one after another on this thread, with the library's save options.
        for (Resource r : files) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            r.save(expected, Library.saveOptions());
            assertArrayEquals(expected.toByteArray(), Files.readAllBytes(Path.of(r.getURI().toFileString())), r.getURI().toString());
        }
        Library reopened = Library.open(dir.resolve("lib"));
        assertTrue(reopened.problems().isEmpty(), reopened.problems().toString());
        assertEquals(library.root().getCases().size(), reopened.root().getCases().size());
        assertTrue(reopened.changes().isEmpty(), "what was saved is known to be on disk");
    }

    @Test
    void aSaveThatFailsHalfWayThroughItsCaseFilesLeavesTheLibraryAsItWas() throws Exception {
        Library library = withCopies(dir.resolve("lib"), 0);
        library.save();
        Map<Path, byte[]> before = files(dir.resolve("lib"));
        List<Case> sample = List.copyOf(library.root().getCases());
        for (int i = 0; i < 3 * SaveThreads.PARALLEL_FROM; i++) {
            Case copy = EcoreUtil.copy(sample.get(i % sample.size()));
            copy.setId("copy-" + i);
            if (i == 2 * SaveThreads.PARALLEL_FROM) {
                copy.setSummary("a NUL \u0000 that XML cannot hold"); // two thirds of the way through
            }
            library.addCase(copy);
        }
        assertThrows(IOException.class, library::save);
        Map<Path, byte[]> after = files(dir.resolve("lib"));
        assertEquals(before.keySet(), after.keySet(), "no case file written and no temporary file left");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
        assertFalse(Files.exists(dir.resolve("lib").resolve(SaveJournal.JOURNAL)));
    }

    /** The sample library with {@code copies} more cases, each a copy of one of its cases (so with its references). */
    private static Library withCopies(Path folder, int copies) throws IOException {
        Library library = SampleLibrary.materialize(folder);
        List<Case> sample = List.copyOf(library.root().getCases());
        for (int i = 0; i < copies; i++) {
            Case copy = EcoreUtil.copy(sample.get(i % sample.size()));
            copy.setId("copy-" + i);
            copy.setName(copy.getName() + " (copy " + i + ")");
            library.addCase(copy);
        }
        return library;
    }

    private static Map<Path, byte[]> files(Path folder) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(SaveJournal.LOCK)).toList()) {
                out.put(folder.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
