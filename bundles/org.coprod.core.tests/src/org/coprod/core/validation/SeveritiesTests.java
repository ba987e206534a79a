package org.coprod.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user's choice of severities, and advice: what the diagnostics say once the choices are in the context. */
class SeveritiesTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    Case c;

    @BeforeEach
    void caseWithoutCountry() {
        c = F.createCase();
        c.setId("lanes");
        c.setName("Lane sewers");
        c.setCaseType(CaseType.EXAMPLE);
    }

    private static List<Diagnostic> leaves(Diagnostic d, ProblemCode code) {
        return LibraryValidation.leaves(d).stream().filter(l -> ProblemCode.of(l).orElse(null) == code).toList();
    }

    @Test
    void aChosenSeverityChangesTheDiagnosticAndKeepsItsField() {
        List<Diagnostic> usual = leaves(LibraryValidation.validate(c), ProblemCode.MISSING_COUNTRY);
        assertEquals(Diagnostic.ERROR, usual.get(0).getSeverity(), "without a choice, the rule's severity");
        Severities chosen = Severities.of(Map.of(ProblemCode.MISSING_COUNTRY, Severity.WARNING));
        Diagnostic d = LibraryValidation.validate(c, chosen, false);
        List<Diagnostic> p = leaves(d, ProblemCode.MISSING_COUNTRY);
        assertEquals(1, p.size());
        assertEquals(Diagnostic.WARNING, p.get(0).getSeverity());
        assertEquals(List.of(c, CoprodPackage.Literals.CASE__COUNTRIES), p.get(0).getData(), "the field is still named");
        assertEquals(Diagnostic.WARNING, d.getSeverity(), "and the case has no error left");
    }

    @Test
    void theStandardDiagnosticianAppliesTheChoicesInItsContext() {
        Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
        Severities.of(Map.of(ProblemCode.MISSING_COUNTRY, Severity.INFO)).putInto(context);
        context.put(CaseValidator.ADVICE, Boolean.TRUE);
        Diagnostic d = Diagnostician.INSTANCE.validate(c, context);
        assertEquals(Diagnostic.INFO, leaves(d, ProblemCode.MISSING_COUNTRY).get(0).getSeverity());
    }

    @Test
    void aChoiceAlsoReplacesTheMilderSeverityARuleGivesASpecialCase() {
        c.getPlaces().add("Asia");
        assertEquals(Diagnostic.WARNING, leaves(LibraryValidation.validate(c), ProblemCode.MISSING_COUNTRY).get(0).getSeverity());
        Severities chosen = Severities.of(Map.of(ProblemCode.MISSING_COUNTRY, Severity.ERROR));
        List<Diagnostic> p = leaves(LibraryValidation.validate(c, chosen, false), ProblemCode.MISSING_COUNTRY);
        assertEquals(Diagnostic.ERROR, p.get(0).getSeverity());
    }

    @Test
    void anIgnoredCodeIsNotReported() {
        c.getCountries().add("PK");
        Note n = F.createNote();
        n.setLanguage("xx");
        c.getNotes().add(n);
        assertEquals(1, leaves(LibraryValidation.validate(c), ProblemCode.BAD_LANGUAGE).size());
        Diagnostic d = LibraryValidation.validate(c, Severities.of(Map.of(ProblemCode.BAD_LANGUAGE, Severity.IGNORE)), false);
        assertEquals(Diagnostic.OK, d.getSeverity(), LibraryValidation.leaves(d).toString());
    }

    @Test
    void adviceIsReportedOnlyWhenAskedForUnlessRaisedAboveInfo() {
        c.getCountries().add("PK");
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(c).getSeverity(), "the editor's validation gives no advice");
        List<Diagnostic> advice = leaves(LibraryValidation.validate(c, Severities.DEFAULTS, true), ProblemCode.NO_SUMMARY);
        assertEquals(1, advice.size());
        assertEquals(Diagnostic.INFO, advice.get(0).getSeverity());
        assertEquals(List.of(c, CoprodPackage.Literals.CASE__SUMMARY), advice.get(0).getData());
        assertTrue(advice.get(0).getMessage().startsWith("Case 'Lane sewers' [lanes] (summary): "), advice.get(0).getMessage());
        Severities raised = Severities.of(Map.of(ProblemCode.NO_SUMMARY, Severity.WARNING));
        List<Diagnostic> warned = leaves(LibraryValidation.validate(c, raised, false), ProblemCode.NO_SUMMARY);
        assertEquals(1, warned.size(), "a user who wants every case summarised is warned without asking for advice");
        assertEquals(Diagnostic.WARNING, warned.get(0).getSeverity());
        c.setSummary("Residents lay their own lane sewers.");
        assertEquals(0, leaves(LibraryValidation.validate(c, raised, false), ProblemCode.NO_SUMMARY).size());
    }

    @Test
    void choicesAreReadFromPreferencesOneKeyPerCode() {
        Map<String, String> stored = new HashMap<>();
        stored.put("validation.severity.BAD_LANGUAGE", "error");
        stored.put("validation.severity.NO_NOTES", "IGNORE");
        stored.put("validation.severity.MISSING_ID", "fatal"); // no such severity: the rule's own stays
        Severities chosen = Severities.fromPreferences(stored::get);
        assertEquals(Map.of(ProblemCode.BAD_LANGUAGE, Severity.ERROR, ProblemCode.NO_NOTES, Severity.IGNORE), chosen.chosen());
        assertEquals("validation.severity.MISSING_COUNTRY", Severities.preferenceKey(ProblemCode.MISSING_COUNTRY));
        assertEquals(Severity.ERROR, chosen.of(ProblemCode.MISSING_ID, Severity.ERROR));
        assertEquals(Map.of("validation.severity.BAD_LANGUAGE", "ERROR", "validation.severity.NO_NOTES", "IGNORE"), chosen.preferences(),
                "what the preference page stores: the choices only");
        assertEquals(chosen.chosen(), Severities.fromPreferences(chosen.preferences()::get).chosen(), "and reads back");
    }
}
