package org.coprod.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Phase;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A summary's cells come from its placements: each cell once, codings without a phase first, then in phase order. */
class CaseSummaryTests {

    @TempDir
    Path dir;

    @Test
    void aCaseCodedOverPhasesAndComponentsHasEachCellOnceInPhaseOrder() throws Exception {
        Library library = FixtureLibraries.twoCases(dir.resolve("lib"));
        Case c = library.findCase("alpha").orElseThrow();
        Phase pilot = phase(c, "pilot");
        Phase scaled = phase(c, "scaled up");
        // Coded out of order, one cell twice (two components), one coding with no phase.
        code(library, c, "P2-D2", scaled, "lane sewers");
        code(library, c, "P1-D1", pilot, null);
        code(library, c, "P2-D2", scaled, "trunk sewers");
        code(library, c, "P3-D3", null, null);
        library.save(c.eResource());

        CaseSummary summary = CaseSummary.of(c);
        assertEquals(List.of("bovaird:P3-D3", "bovaird:P1-D1", "bovaird:P2-D2"), summary.cells());
        assertEquals(List.of("P3-D3", "P1-D1", "P2-D2"), summary.path("bovaird"));
        assertTrue(summary.codedIn("bovaird", "P2-D2"));
        assertFalse(summary.codedIn("bovaird", "P1-D2"));
        assertFalse(summary.codedIn("other", "P2-D2"));

        CaseSummary cached = SummaryCache.load(library.folder(), new NullProgressMonitor()).stream()
                .filter(s -> s.id().equals("alpha")).findFirst().orElseThrow();
        assertEquals(summary.cells(), cached.cells(), "the cache file keeps what the cells are derived from");
    }

    @Test
    void aSummaryMadeFromCellsAloneKnowsThem() {
        CaseSummary s = CaseSummary.ofCells("x", "X", List.of(), List.of(), "", "", null, List.of("bovaird:P1-D1", "bovaird:P2-D2"));
        assertEquals(List.of("bovaird:P1-D1", "bovaird:P2-D2"), s.cells());
        assertTrue(s.codedIn("bovaird", "P2-D2"));
    }

    private static Phase phase(Case c, String label) {
        Phase p = CoprodFactory.eINSTANCE.createPhase();
        p.setLabel(label);
        c.getPhases().add(p);
        return p;
    }

    private static void code(Library library, Case c, String cell, Phase phase, String component) {
        TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
        coding.setCell(library.findCell("bovaird", cell).orElseThrow());
        coding.setPhase(phase);
        coding.setComponent(component);
        c.getCodings().add(coding);
    }
}
