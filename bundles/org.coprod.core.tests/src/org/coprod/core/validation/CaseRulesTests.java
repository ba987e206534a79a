package org.coprod.core.validation;

import org.coprod.model.Sector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Fixtures;
import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.ResourceContribution;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules whose behaviour {@link CaseValidatorTests} does not already pin down, the parent's two codes first. */
class CaseRulesTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static List<Diagnostic> problems(Case c, ProblemCode code) {
        return LibraryValidation.leaves(LibraryValidation.validate(c)).stream()
                .filter(l -> ProblemCode.of(l).orElse(null) == code).toList();
    }

    private static Case newCase(String id) {
        Case c = F.createCase();
        c.setId(id);
        c.setName("Case " + id);
        c.getCountries().add("PK");
        c.setCaseType(CaseType.EXAMPLE);
        return c;
    }

    @Test
    void aParentTheLibraryNoLongerHasIsDanglingNotACycle() throws Exception {
        // The fixture's beta is a part of alpha; alpha's file is then removed outside the workbench.
        Path folder = Fixtures.copy("v0", dir);
        Files.delete(folder.resolve("cases/alpha.xmi"));
        Case beta = Library.open(folder).findCase("beta").orElseThrow();
        List<Diagnostic> dangling = problems(beta, ProblemCode.DANGLING_PARENT);
        assertEquals(1, dangling.size());
        assertEquals(Diagnostic.ERROR, dangling.get(0).getSeverity());
        assertEquals(List.of(beta, CoprodPackage.Literals.CASE__PARENT), dangling.get(0).getData());
        assertEquals("Case 'Beta secondary sewers' [beta] (parent): refers to a case the library does not have",
                dangling.get(0).getMessage());
        assertEquals(List.of(), problems(beta, ProblemCode.PARENT_CYCLE), "a dangling parent is not a cycle");
    }

    @Test
    void aCycleIsACycleNotADanglingParent() {
        Case a = newCase("a");
        Case b = newCase("b");
        a.setParent(b);
        b.setParent(a);
        assertEquals(1, problems(a, ProblemCode.PARENT_CYCLE).size());
        assertEquals(List.of(), problems(a, ProblemCode.DANGLING_PARENT));
        b.setParent(null);
        assertEquals(List.of(), problems(a, ProblemCode.PARENT_CYCLE), "a parent without a parent is no cycle");
    }

    @Test
    void aPhaseThatEndsBeforeItStartsIsBlamedOnItsEndYear() {
        Case c = newCase("phased");
        Phase p = F.createPhase();
        p.setLabel("pilot");
        p.setStartYear(2001);
        p.setEndYear(2000);
        c.getPhases().add(p);
        List<Diagnostic> inverted = problems(c, ProblemCode.PERIOD_INVERTED);
        assertEquals(1, inverted.size());
        assertEquals(List.of(p, CoprodPackage.Literals.PHASE__END_YEAR), inverted.get(0).getData());
        String message = inverted.get(0).getMessage();
        assertTrue(message.contains("Case 'Case phased' [phased] (phase 'pilot'): ends in 2000 before it starts in 2001"), message);
        p.setEndYear(2001);
        assertEquals(List.of(), problems(c, ProblemCode.PERIOD_INVERTED), "a phase of one year is in order");
    }

    @Test
    void aContributionNeedNotNameAnActorButOneItNamesMustBeInTheLibrary() {
        Case c = newCase("paid");
        ResourceContribution r = F.createResourceContribution();
        r.setAmount(100.0);
        r.setYear(1999);
        c.getContributions().add(r);
        assertEquals(List.of(), problems(c, ProblemCode.MISSING_ACTOR));
        Actor stray = F.createActor();
        stray.setName("Nobody's agency");
        r.setActor(stray);
        List<Diagnostic> missing = problems(c, ProblemCode.MISSING_ACTOR);
        assertEquals(1, missing.size());
        assertEquals(List.of(r, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__ACTOR), missing.get(0).getData());
        assertTrue(missing.get(0).getMessage().contains("(contributions): refers to actor 'Nobody's agency'"), missing.get(0).getMessage());
    }

    @Test
    void anOutcomeValueWithoutAYearIsBlamedOnTheYear() {
        Case c = newCase("counted");
        Outcome o = F.createOutcome();
        o.setIndicator("houses connected");
        o.setValue(10.0);
        c.getOutcomes().add(o);
        List<Diagnostic> p = problems(c, ProblemCode.NUMBER_WITHOUT_YEAR);
        assertEquals(List.of(o, CoprodPackage.Literals.OUTCOME__YEAR), p.get(0).getData());
        o.setYear(2004);
        assertEquals(List.of(), problems(c, ProblemCode.NUMBER_WITHOUT_YEAR));
    }

    @Test
    void anEmptyCaseGetsAdviceForEveryFactOnItsField() {
        Case c = F.createCase();
        c.setId("empty");
        List<Diagnostic> advice = LibraryValidation.leaves(LibraryValidation.validate(c, Severities.DEFAULTS, true)).stream()
                .filter(l -> l.getSeverity() == Diagnostic.INFO).toList();
        assertEquals(16, advice.size(), "one for each of the sixteen facts: " + advice);
        for (Diagnostic d : advice) {
            ProblemCode code = ProblemCode.of(d).orElseThrow();
            BriefFacts.Fact fact = BriefFacts.ALL.stream().filter(f -> f.code() == code).findFirst().orElseThrow();
            assertEquals(List.of(c, fact.feature()), d.getData(), code.name());
        }
    }

    @Test
    void theCompletenessScoreIsTheShareOfFactsRecorded() {
        Case c = F.createCase();
        assertEquals(0, BriefFacts.score(c));
        c.setName("Four facts");
        c.setSummary("A case with four of the sixteen facts.");
        c.getCountries().add("BR");
        c.getSectors().add(Sector.HOUSING);
        assertEquals(25, BriefFacts.score(c));
        assertEquals(12, BriefFacts.missing(c).size());
        assertTrue(BriefFacts.missing(c).stream().noneMatch(f -> f.code() == ProblemCode.NO_SUMMARY));
    }
}
