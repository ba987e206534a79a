package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading only some case files: a library of some cases, and cases read again after another program wrote them. */
class RereadTests {

    private static final byte[] GARBAGE = "<?xml version=\"1.0\"?>\n<coprod:Case id=\"beta\" name=\"unclosed>\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void openingSomeCasesReadsNoOtherCaseFile() throws Exception {
        FixtureLibraries.twoCases(dir);
        Files.write(dir.resolve("cases/beta.xmi"), GARBAGE);
        Library some = Library.openCases(dir, List.of("alpha", "missing"));
        assertEquals(List.of("alpha"), some.root().getCases().stream().map(Case::getId).toList());
        assertTrue(some.problems().isEmpty(), "the damaged beta.xmi was never read: " + some.problems());
        assertEquals("bovaird", some.root().getTypologies().get(0).getId(), "the library file is read");
    }

    @Test
    void rereadTakesWhatAnotherProgramWroteAndReferencesFollow() throws Exception {
        Library live = FixtureLibraries.twoCases(dir);
        Case beta = live.findCase("beta").orElseThrow();
        beta.setParent(live.findCase("alpha").orElseThrow());
        live.save();
        Case oldAlpha = live.findCase("alpha").orElseThrow();

        Library other = Library.open(dir); // a pull, say
        other.findCase("alpha").orElseThrow().setSummary("Pulled from a colleague.");
        other.addCase(FixtureLibraries.newCase("gamma", "Gamma water board", "KE"));
        other.save();

        Library.Reread reread = live.reread(List.of("alpha", "gamma"));
        assertEquals(List.of("alpha", "gamma"), reread.cases().stream().map(Case::getId).toList());
        assertEquals(List.of(), reread.removed());
        Case alpha = live.findCase("alpha").orElseThrow();
        assertNotSame(oldAlpha, alpha);
        assertEquals("Pulled from a colleague.", alpha.getSummary());
        assertEquals("Gamma water board", live.findCase("gamma").orElseThrow().getName());
        assertEquals(List.of("alpha", "beta", "gamma"), live.root().getCases().stream().map(Case::getId).toList());
        assertSame(alpha, beta.getParent(), "the untouched case's reference reaches the case read now");
        assertTrue(live.changes().isEmpty(), "what was read again is known to be on disk: " + live.changes().writes());
    }

    @Test
    void aCaseWhoseFileIsGoneOrDamagedLeavesAndIsNeverWrittenOver() throws Exception {
        Library live = FixtureLibraries.twoCases(dir);
        Files.delete(dir.resolve("cases/alpha.xmi"));
        Path beta = dir.resolve("cases/beta.xmi");
        Files.write(beta, GARBAGE);

        Library.Reread reread = live.reread(List.of("alpha", "beta"));
        assertEquals(List.of(), reread.cases());
        assertEquals(List.of("alpha", "beta"), reread.removed());
        assertTrue(live.root().getCases().isEmpty());
        assertEquals(beta.toAbsolutePath().normalize(), live.problems().get(0).file());
        assertTrue(live.changes().isEmpty(), "nothing to write or delete: " + live.changes());
        live.save();
        assertArrayEquals(GARBAGE, Files.readAllBytes(beta));
        assertTrue(Files.notExists(dir.resolve("cases/alpha.xmi")));
    }
}
