package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a save writes files: their mode, which of them, and all of them or none (issue 8, items 14, 21, 23, 24). */
class LibrarySaveTests {

    @TempDir
    Path dir;

    @Test
    void newFilesGetTheModeOfAnyNewFileAndReplacedOnesKeepTheirs() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        // What the umask gives a plain new file here (0644 under 022): computed beside the library, not assumed.
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(dir.resolve("cases/alpha.xmi")));
        assertEquals(expected, Files.getPosixFilePermissions(dir.resolve(Library.LIBRARY_FILE)));
        Files.setPosixFilePermissions(dir.resolve("cases/beta.xmi"), PosixFilePermissions.fromString("rw-r-----"));
        library.findCase("beta").orElseThrow().setSummary("changed");
        library.save();
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("cases/beta.xmi"))));
    }

    @Test
    void aSaveWritesOnlyTheFilesThatChanged() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        FileTime old = FileTime.fromMillis(946_684_800_000L);
        for (String f : new String[] { "cases/alpha.xmi", "cases/beta.xmi", Library.LIBRARY_FILE }) {
            Files.setLastModifiedTime(dir.resolve(f), old);
        }
        library.findCase("beta").orElseThrow().setSummary("changed");
        library.save();
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("cases/alpha.xmi")), "an unchanged case is not rewritten");
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(Library.LIBRARY_FILE)));
        assertFalse(old.equals(Files.getLastModifiedTime(dir.resolve("cases/beta.xmi"))));
        Library reopened = Library.open(dir);
        assertEquals("changed", reopened.findCase("beta").orElseThrow().getSummary());
    }

    @Test
    void aValueThatCannotBeWrittenFailsTheWholeSaveBeforeAnyFileChanges() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        byte[] alpha = Files.readAllBytes(dir.resolve("cases/alpha.xmi"));
        byte[] beta = Files.readAllBytes(dir.resolve("cases/beta.xmi"));
        library.findCase("alpha").orElseThrow().setSummary("fine");
        library.findCase("beta").orElseThrow().setSummary("a NUL \u0000 here");
        library.addCase(FixtureLibraries.newCase("gamma", "Gamma", "PK"));
        assertThrows(IOException.class, library::save);
        assertArrayEquals(alpha, Files.readAllBytes(dir.resolve("cases/alpha.xmi")), "alpha is not written when beta cannot be");
        assertArrayEquals(beta, Files.readAllBytes(dir.resolve("cases/beta.xmi")));
        assertFalse(Files.exists(dir.resolve("cases/gamma.xmi")));
        try (Stream<Path> files = Files.list(dir.resolve("cases"))) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCaseFileNamedForAnotherIdIsReportedAndNeverShadowsTheRealOne() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path impostor = dir.resolve("cases/aaa.xmi");
        Files.writeString(impostor, Files.readString(dir.resolve("cases/alpha.xmi")).replace("Alpha budget forum", "Impostor"));
        Library library = Library.open(dir);
        assertEquals("Alpha budget forum", library.findCase("alpha").orElseThrow().getName());
        assertEquals(2, library.root().getCases().size());
        assertEquals(1, library.problems().size());
        assertEquals(impostor.toAbsolutePath().normalize(), library.problems().get(0).file());
        assertTrue(library.problems().get(0).message().contains("holds the case 'alpha'"), library.problems().get(0).toString());
    }

    @Test
    void aSaveOfTheTouchedCasesComparesOnlyThoseAndTheLibraryFile() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        library.findCase("alpha").orElseThrow().setSummary("changed, not vouched for");
        library.findCase("beta").orElseThrow().setSummary("changed");
        Library.Changes written = library.save(List.of(library.findCase("beta").orElseThrow()));
        assertEquals(Set.of(dir.resolve("cases/beta.xmi").toAbsolutePath().normalize()), written.writes());
        assertEquals(Set.of(dir.resolve("cases/alpha.xmi").toAbsolutePath().normalize()), library.changes().writes(),
                "a full save still finds the other change");
    }
}
