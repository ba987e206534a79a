package org.coprod.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseValidatorTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    @TempDir
    Path dir;
    Library library;
    Case c;

    @BeforeEach
    void validCase() throws Exception {
        library = Library.create(dir, "Rules");
        c = F.createCase();
        c.setId("karachi-lanes");
        c.setName("Lane sewers");
        c.getCountries().add("PK");
        c.setCaseType(CaseType.EXAMPLE);
        library.addCase(c);
    }

    /** The messages of the problems with the given code, after checking through the standard Diagnostician. */
    private List<Diagnostic> problems(int code) {
        Diagnostic d = Diagnostician.INSTANCE.validate(c);
        return LibraryValidation.leaves(d).stream().filter(l -> l.getCode() == code && CaseValidator.SOURCE.equals(l.getSource())).toList();
    }

    private static void assertNames(Diagnostic d, String field) {
        assertTrue(d.getMessage().contains("'Lane sewers' [karachi-lanes]"), d.getMessage());
        assertTrue(d.getMessage().contains("(" + field + ")"), d.getMessage());
    }

    @Test
    void aValidCaseHasNoProblems() {
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(c).getSeverity());
    }

    @Test
    void codingInTheNotApplicableCellIsAnError() {
        TypologyCoding coding = F.createTypologyCoding();
        coding.setCell(library.findCell("bovaird", "P3-D1").orElseThrow());
        c.getCodings().add(coding);
        List<Diagnostic> p = problems(CaseValidator.NOT_APPLICABLE_CELL);
        assertEquals(1, p.size());
        assertEquals(Diagnostic.ERROR, p.get(0).getSeverity());
        assertNames(p.get(0), "codings");
        assertEquals(coding, p.get(0).getData().get(0), "the diagnostic points at the coding");
        assertEquals(CoprodPackage.Literals.TYPOLOGY_CODING__CELL, p.get(0).getData().get(1), "and at its field");
    }

    @Test
    void codingWithoutACellIsAnError() {
        c.getCodings().add(F.createTypologyCoding());
        assertEquals(1, problems(CaseValidator.MISSING_CELL).size());
    }

    @Test
    void negativeContributionIsAnError() {
        ResourceContribution r = F.createResourceContribution();
        r.setAmount(-5.0);
        r.setYear(2001);
        c.getContributions().add(r);
        List<Diagnostic> p = problems(CaseValidator.NEGATIVE_CONTRIBUTION);
        assertEquals(1, p.size());
        assertNames(p.get(0), "contributions");
    }

    @Test
    void caseWithoutCountryIsAnErrorButOnlyAWarningForARegionalRecord() {
        c.getCountries().clear();
        assertEquals(Diagnostic.ERROR, problems(CaseValidator.MISSING_COUNTRY).get(0).getSeverity());
        assertNames(problems(CaseValidator.MISSING_COUNTRY).get(0), "countries");
        c.getPlaces().add("Asia");
        assertEquals(Diagnostic.WARNING, problems(CaseValidator.MISSING_COUNTRY).get(0).getSeverity());
    }

    @Test
    void countryMustBeAnIsoCode() {
        c.getCountries().add("UK");
        List<Diagnostic> p = problems(CaseValidator.BAD_COUNTRY);
        assertEquals(1, p.size());
        assertTrue(p.get(0).getMessage().contains("'UK'"));
    }

    @Test
    void actorReferencedButMissingFromTheLibraryIsAnError() {
        Actor stray = F.createActor();
        stray.setName("Ghost agency");
        Role role = F.createRole();
        role.setActor(stray);
        c.getRoles().add(role);
        List<Diagnostic> p = problems(CaseValidator.MISSING_ACTOR);
        assertEquals(1, p.size());
        assertNames(p.get(0), "roles");
        assertTrue(p.get(0).getMessage().contains("Ghost agency"));
        library.root().getActors().add(stray);
        assertEquals(0, problems(CaseValidator.MISSING_ACTOR).size());
    }

    @Test
    void roleWithoutActorIsAnError() {
        c.getRoles().add(F.createRole());
        assertEquals(1, problems(CaseValidator.MISSING_ACTOR).size());
    }

    @Test
    void invertedPeriodIsAnError() {
        c.setPeriodStart(2004);
        c.setPeriodEnd(1999);
        List<Diagnostic> p = problems(CaseValidator.PERIOD_INVERTED);
        assertEquals(1, p.size());
        assertNames(p.get(0), "period");
    }

    @Test
    void missingIdAndNameAreErrors() {
        c.setName("");
        assertEquals(1, problems(CaseValidator.MISSING_NAME).size());
        c.setId(null);
        assertEquals(1, problems(CaseValidator.MISSING_ID).size());
    }

    @Test
    void caseThatIsItsOwnAncestorIsAnError() {
        c.setParent(c);
        assertEquals(1, problems(CaseValidator.PARENT_CYCLE).size());
    }

    @Test
    void referenceToAMissingSourceIsAnError() {
        SourceRef ref = F.createSourceRef();
        ref.setSource(F.createSource());
        c.getSources().add(ref);
        assertEquals(1, problems(CaseValidator.MISSING_SOURCE).size());
    }

    @Test
    void documentAssignedCodingWithoutSourceIsAWarning() {
        TypologyCoding coding = F.createTypologyCoding();
        coding.setCell(library.findCell("bovaird", "P2-D2").orElseThrow());
        coding.setAssignedBy(AssignedBy.DOCUMENT);
        c.getCodings().add(coding);
        assertEquals(Diagnostic.WARNING, problems(CaseValidator.DOCUMENT_CODING_WITHOUT_SOURCE).get(0).getSeverity());
    }

    @Test
    void numbersWithoutYearAreWarnings() {
        var o = F.createOutcome();
        o.setIndicator("houses connected");
        o.setValue(96994.0);
        c.getOutcomes().add(o);
        assertEquals(Diagnostic.WARNING, problems(CaseValidator.NUMBER_WITHOUT_YEAR).get(0).getSeverity());
    }

    @Test
    void noteLanguageMustBeIso639() {
        Note n = F.createNote();
        n.setLanguage("xx");
        c.getNotes().add(n);
        assertEquals(1, problems(CaseValidator.BAD_LANGUAGE).size());
        n.setLanguage("pt");
        assertEquals(0, problems(CaseValidator.BAD_LANGUAGE).size());
    }
}
