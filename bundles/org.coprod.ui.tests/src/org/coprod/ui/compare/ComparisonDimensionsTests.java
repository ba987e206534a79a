package org.coprod.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Phase;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's rows on real sample cases. */
class ComparisonDimensionsTests {

    @TempDir
    Path dir;

    @Test
    void theCellRowNamesEveryCodingWithItsPhaseAndProvenance() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case moved = session.library().root().getCases().stream().filter(c -> c.getCodings().stream().map(TypologyCoding::getCell)
                .distinct().count() > 1)
                .findFirst().orElseThrow();
        String cells = ComparisonDimensions.CELLS.of(moved);
        for (TypologyCoding k : moved.getCodings()) {
            assertTrue(cells.contains(k.getCell().getCode()), cells);
            Phase p = k.getPhase();
            if (p != null && p.getLabel() != null) {
                assertTrue(cells.contains(p.getLabel()), cells);
            }
            if (k.getAssignedBy() != null) {
                assertTrue(cells.contains(k.getAssignedBy().getLiteral()), cells);
            }
        }
    }

    @Test
    void anEmptyDimensionShowsADashNotABlank() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().stream().filter(x -> x.getCoProducers().isEmpty()).findFirst().orElseThrow();
        assertEquals("—", ComparisonDimensions.CO_PRODUCERS.of(c));
    }

    @Test
    void whereNamesTheCountriesInTheWorkbenchsLanguageWithTheirCodes() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.getCountries().add("ZA");
        c.getCountries().add("ZW");
        c.getPlaces().add("Harare");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("South Africa (ZA), Zimbabwe (ZW); Harare", ComparisonDimensions.WHERE.of(c));
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Afrique du Sud (ZA), Zimbabwe (ZW); Harare", ComparisonDimensions.WHERE.of(c));
        } finally {
            Locale.setDefault(before);
        }
    }
}
