package org.coprod.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.ui.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Problems view's reports: the core validator's problems and the completeness score, each pointing at a field. */
class CaseReportTests {

    @TempDir
    Path dir;

    @Test
    void anEmptyCaseScoresLowAndNamesEveryMissingField() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("empty");
        CaseReport report = CaseReport.of(c);
        assertEquals(0, report.completeness());
        assertTrue(report.issues().stream().anyMatch(i -> i.feature() == CoprodPackage.Literals.CASE__SUMMARY));
        assertTrue(report.issues().stream().anyMatch(i -> i.feature() == CoprodPackage.Literals.CASE__CODINGS));
    }

    @Test
    void fillingAFieldRaisesTheScore() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().stream().filter(x -> x.getNotes().isEmpty()).findFirst().orElseThrow();
        int before = CaseReport.of(c).completeness();
        c.getNotes().add(CoprodFactory.eINSTANCE.createNote());
        assertTrue(CaseReport.of(c).completeness() > before);
    }

    @Test
    void theValidatorsErrorsAreListedWithTheirField() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("bad");
        c.setName("Bad years");
        c.setPeriodStart(2010);
        c.setPeriodEnd(1990);
        CaseReport report = CaseReport.of(c);
        assertTrue(report.issues().stream().anyMatch(i -> i.severity() == org.eclipse.emf.common.util.Diagnostic.ERROR
                && i.owner() == c && i.feature() == CoprodPackage.Literals.CASE__PERIOD_END), "an end before the start: " + report.issues());
    }
}
