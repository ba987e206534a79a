package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the next open finishes or undoes a save that was interrupted, from what the save left on disk. */
class SaveJournalTests {

    @TempDir
    Path dir;

    @Test
    void anInterruptedSaveIsFinishedFromItsJournalOnOpen() throws Exception {
        FixtureLibraries.twoCases(dir);
        // The state a save killed between its journal and its renames leaves: staged files and the journal.
        Path stagedAlpha = AtomicFile.stage(dir.resolve("cases/alpha.xmi"),
                Files.readString(dir.resolve("cases/alpha.xmi")).replace("Alpha budget forum", "Alpha renamed")
                        .getBytes(StandardCharsets.UTF_8), true);
        Path stagedGamma = AtomicFile.stage(dir.resolve("cases/gamma.xmi"),
                Files.readString(dir.resolve("cases/beta.xmi")).replace("\"beta\"", "\"gamma\"").getBytes(StandardCharsets.UTF_8),
                true);
        Files.writeString(dir.resolve(SaveJournal.JOURNAL), "coprod save journal 1\n"
                + "write\t" + dir.relativize(stagedAlpha) + "\tcases/alpha.xmi\n"
                + "write\t" + dir.relativize(stagedGamma) + "\tcases/gamma.xmi\n"
                + "delete\tcases/beta.xmi\nend\n");
        Library library = Library.open(dir);
        assertTrue(library.problems().isEmpty(), library.problems().toString());
        assertEquals("Alpha renamed", library.findCase("alpha").orElseThrow().getName());
        assertTrue(library.findCase("gamma").isPresent());
        assertTrue(library.findCase("beta").isEmpty());
        assertFalse(Files.exists(dir.resolve(SaveJournal.JOURNAL)));
    }

    @Test
    void stagedFilesWithoutAJournalAreUndoneOnOpen() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path staged = AtomicFile.stage(dir.resolve("cases/gamma.xmi"),
                Files.readString(dir.resolve("cases/beta.xmi")).replace("\"beta\"", "\"gamma\"").getBytes(StandardCharsets.UTF_8),
                true);
        // As if a save had been killed: the file names its writer, and that writer has ended.
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path left = staged.resolveSibling(staged.getFileName().toString()
                .replace("-pid" + ProcessHandle.current().pid() + "-", "-pid" + ended.pid() + "-"));
        Files.move(staged, left);
        Library library = Library.open(dir);
        assertEquals(2, library.root().getCases().size());
        assertFalse(Files.exists(left));
    }

    @Test
    void aJournalThatNamesAFileOutsideTheLibraryIsRefused() throws Exception {
        FixtureLibraries.twoCases(dir.resolve("lib"));
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Files.writeString(dir.resolve("lib").resolve(SaveJournal.JOURNAL), "coprod save journal 1\ndelete\t../outside.txt\nend\n");
        Library library = Library.open(dir.resolve("lib"));
        assertEquals(1, library.problems().size(), library.problems().toString());
        assertTrue(library.problems().get(0).message().contains("outside the library"), library.problems().get(0).toString());
        assertEquals("keep me", Files.readString(outside));
    }

    @Test
    void aLibraryJustOpenedHasNothingToWrite() throws Exception {
        FixtureLibraries.twoCases(dir);
        assertTrue(Library.open(dir).changes().isEmpty());
    }
}
