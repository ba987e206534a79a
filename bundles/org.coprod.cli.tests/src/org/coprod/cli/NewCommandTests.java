package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coprod new DIR}: an empty library, made headless, never in a folder that already holds something. */
class NewCommandTests {

    @TempDir
    Path dir;

    String out;
    String err;

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private static long entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void makesAnEmptyLibraryThatTheOtherCommandsOpen() throws Exception {
        Path lib = dir.resolve("karachi");
        assertEquals(0, run("new", lib.toString(), "--name", "Karachi sanitation"));
        assertTrue(out.contains("Karachi sanitation") && out.contains(lib.toString()), out);
        Library library = Library.open(lib);
        assertEquals("Karachi sanitation", library.root().getName());
        assertEquals(0, library.root().getCases().size());
        assertTrue(library.findTypology("bovaird").isPresent(), "with the built-in typology");
        assertEquals(0, run("stats", "--library", lib.toString()));
        assertTrue(out.contains("0 cases"), out);
        assertEquals(0, run("validate", "--library", lib.toString()));
    }

    @Test
    void theNameDefaultsToTheFolderAndAnEmptyFolderWillDo() throws Exception {
        Path lib = Files.createDirectory(dir.resolve("orangi"));
        assertEquals(0, run("new", lib.toString()));
        assertEquals("orangi", Library.open(lib).root().getName());
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndLeavesItAsItWas() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("draft.md"), "my notes");
        assertEquals(2, run("new", notes.toString()));
        assertTrue(err.contains("not empty"), err);
        assertEquals(1, entries(notes));
        assertEquals("my notes", Files.readString(notes.resolve("draft.md")));

        Path existing = dir.resolve("existing");
        assertEquals(0, run("new", existing.toString()));
        long before = entries(existing);
        assertEquals(2, run("new", existing.toString()));
        assertTrue(err.contains("already holds a library") || err.contains("not empty"), err);
        assertEquals(before, entries(existing));
    }

    @Test
    void refusesAFileAMissingParentAndBadArguments() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals(2, run("new", file.toString()));
        assertTrue(err.contains("is a file"), err);
        assertEquals(2, run("new", dir.resolve("no/such/parent/lib").toString()));
        assertTrue(err.contains("does not exist"), err);
        assertFalse(Files.exists(dir.resolve("no")), "no parent folders made");
        assertEquals(2, run("new", "/proc/coprod-new-library"));
        assertTrue(err.contains("cannot create the folder /proc/coprod-new-library: the folder /proc"), err);
        assertEquals(2, run("new"));
        assertTrue(err.contains("coprod new DIR"), err);
        assertEquals(2, run("new", dir.resolve("bell").toString(), "--name", "ring\u0007"));
        assertTrue(err.contains("control character"), err);
        assertFalse(Files.exists(dir.resolve("bell")));
    }
}
