package org.coprod.ui.problems;

import java.util.List;
import java.util.function.Predicate;
import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.ValidationPreferencePage;
import org.eclipse.emf.common.util.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.SampleLibraries;
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
        assertTrue(report.issues().stream().anyMatch(i -> i.severity() == Diagnostic.ERROR
                && i.owner() == c && i.feature() == CoprodPackage.Literals.CASE__PERIOD_END), "an end before the start: "
                        + report.issues());
    }

    @Test
    void missingFactsReadAsPlainEnglish() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("empty");
        List<String> messages = CaseReport.of(c).issues().stream().map(CaseReport.Issue::message).toList();
        assertTrue(messages.contains("No start year"), messages.toString());
        assertTrue(messages.contains("No typology coding"), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("No a ") || m.startsWith("No an ")), messages.toString());
    }

    @Test
    void theHeadingCountsErrorsAndWarningsWithTheirPlurals() {
        Case noCountry = CoprodFactory.eINSTANCE.createCase(); // a warning-free error-free shell, apart from what validation finds
        noCountry.setId("one");
        CaseReport r = CaseReport.of(noCountry);
        String heading = ProblemReports.heading(List.of(r));
        assertTrue(heading.startsWith("1 case, "), heading);
        assertTrue(heading.contains(ProblemReports.count(r.errors(), "error", "errors")), heading);
        assertTrue(heading.contains(ProblemReports.count(r.warnings(), "warning", "warnings")), heading);
        assertEquals("1 error", ProblemReports.count(1, "error", "errors"));
        assertEquals("2 warnings", ProblemReports.count(2, "warning", "warnings"));
        assertEquals("no errors", ProblemReports.count(0, "error", "errors"));
    }

    @Test
    void reportsFollowNewDuplicatedAndDeletedCases() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        var library = session.library().root();
        List<CaseReport> reports = ProblemReports.follow(List.of(), library, List.of());
        assertEquals(library.getCases().size(), reports.size());
        Case original = library.getCases().get(0);
        var duplicate = session.cases().duplicate(original);
        session.execute(duplicate);
        session.execute(session.cases().newCase("A brand new case"));
        reports = ProblemReports.follow(reports, library, List.of());
        assertEquals(library.getCases().size(), reports.size(), "new and duplicated cases have their reports");
        assertTrue(reports.stream().anyMatch(r -> "A brand new case".equals(r.theCase().getName())));
        session.execute(session.cases().delete(List.of(original)));
        reports = ProblemReports.follow(reports, library, List.of());
        assertTrue(reports.stream().noneMatch(r -> r.theCase() == original), "the deleted case's report is gone");
        Case edited = library.getCases().get(1);
        int before = reports.stream().filter(r -> r.theCase() == edited).findFirst().orElseThrow().completeness();
        edited.getNotes().add(CoprodFactory.eINSTANCE.createNote());
        edited.setSummary(edited.getSummary() == null ? "now summarised" : edited.getSummary());
        reports = ProblemReports.follow(reports, library, List.of(edited));
        assertTrue(reports.stream().filter(r -> r.theCase() == edited).findFirst().orElseThrow().completeness() >= before);
    }

    @Test
    void aSeverityChosenInThePreferencesChangesWhatTheProblemsViewReports() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("nowhere");
        c.setName("A case without a country");
        String key = Severities.preferenceKey(ProblemCode.MISSING_COUNTRY);
        Predicate<CaseReport.Issue> aboutCountries = i -> i.feature() == CoprodPackage.Literals.CASE__COUNTRIES
                && i.severity() >= Diagnostic.WARNING;
        try {
            assertTrue(CaseReport.of(c).issues().stream().anyMatch(aboutCountries), "the rule reports it by default");
            CoprodPreferences.node().put(key, "IGNORE");
            assertTrue(CaseReport.of(c).issues().stream().noneMatch(aboutCountries), "ignored when the user says so");
            CoprodPreferences.node().put(key, ValidationPreferencePage.AS_THE_RULE_SAYS);
            assertTrue(CaseReport.of(c).issues().stream().anyMatch(aboutCountries), "as the rule says again");
        } finally {
            CoprodPreferences.node().remove(key);
        }
    }
}
