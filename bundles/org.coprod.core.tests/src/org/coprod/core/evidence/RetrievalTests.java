package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.beta;
import static org.coprod.core.evidence.CodingLibraries.cellCode;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.coprod.core.evidence.CodeQuery.all;
import static org.coprod.core.evidence.CodeQuery.any;
import static org.coprod.core.evidence.CodeQuery.not;
import static org.coprod.core.evidence.CodeQuery.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.coprod.core.Library;
import org.coprod.core.evidence.Retrieval.Scope;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Sector;
import org.coprod.model.Segment;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval by AND, OR and NOT, within the same segment and within the same case, among the cases a filter keeps.
 * <p>
 * alpha (BR, budgeting, placed in P2-D1): "Delegates…" {P2-D1}, "Trust grew" {trust, clientelism}, "residents gave their
 * labour" {trust}; beta (GB): "Trust in the committee" {trust}, "run by volunteers" {co-financing}; gamma (BR):
 * "patronage" {clientelism}.
 */
class RetrievalTests {

    @TempDir
    Path dir;
    Library library;
    Case alpha;
    Case beta;
    Case gamma;
    Code trust;
    Code clientelism;
    Code cofinancing;
    Segment delegates;
    Segment grew;
    Segment labour;
    Segment committee;
    Segment volunteers;
    Segment patronage;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir);
        alpha = alpha(library);
        beta = beta(library);
        gamma = library.addCase(FixtureLibraries.newCase("gamma", "Gamma ward council", "BR"));
        CodingLibraries.note(gamma, "Ward visit", "Votes were traded for patronage.");
        alpha.getSectors().add(Sector.BUDGETING);
        trust = userCode(library.root(), "trust", "Confidence in others.");
        clientelism = userCode(library.root(), "clientelism", "Favours traded for votes.");
        cofinancing = userCode(library.root(), "co-financing", "Residents pay part of the cost.");
        delegates = code(library, alpha, "Delegates of the 𠀀 forum", cellCode(library, "P2-D1")).segment();
        grew = code(library, alpha, "Trust grew", trust).segment();
        code(library, alpha, "Trust grew", clientelism);
        labour = code(library, alpha, "residents gave their labour", trust).segment();
        committee = code(library, beta, "Trust in the committee", trust).segment();
        volunteers = code(library, beta, "run by volunteers", cofinancing).segment();
        patronage = code(library, gamma, "patronage", clientelism).segment();
    }

    private List<Segment> find(CodeQuery query, Scope scope, Predicate<Case> filter) {
        return Retrieval.find(library.root().getCases(), query, scope, filter).stream().map(Retrieval.Found::segment).toList();
    }

    private List<Segment> find(CodeQuery query, Scope scope) {
        return find(query, scope, Retrieval.anyCase());
    }

    @Test
    void andWithinTheSameSegmentWantsBothCodesOnOnePassage() {
        assertEquals(List.of(grew), find(all(List.of(of(trust), of(clientelism))), Scope.SEGMENT));
        assertEquals(List.of(), find(all(List.of(of(trust), of(cofinancing))), Scope.SEGMENT));
    }

    @Test
    void andWithinTheSameCaseWantsBothCodesInOneCaseAndReturnsTheirPassages() {
        assertEquals(List.of(grew, labour), find(all(List.of(of(trust), of(clientelism))), Scope.CASE));
        assertEquals(List.of(committee, volunteers), find(all(List.of(of(trust), of(cofinancing))), Scope.CASE));
    }

    @Test
    void orReturnsEveryPassageWithEitherCodeInBothScopes() {
        CodeQuery either = any(List.of(of(cofinancing), of(clientelism)));
        assertEquals(List.of(grew, volunteers, patronage), find(either, Scope.SEGMENT));
        assertEquals(List.of(grew, volunteers, patronage), find(either, Scope.CASE));
    }

    @Test
    void notWithinTheSameSegmentExcludesPassagesAndWithinTheSameCaseExcludesCases() {
        CodeQuery trustNotClientelism = all(List.of(of(trust), not(of(clientelism))));
        assertEquals(List.of(labour, committee), find(trustNotClientelism, Scope.SEGMENT));
        assertEquals(List.of(committee), find(trustNotClientelism, Scope.CASE), "alpha has clientelism elsewhere");
        assertEquals(List.of(delegates, labour, committee, volunteers), find(not(of(clientelism)), Scope.SEGMENT));
        assertEquals(List.of(), find(not(of(clientelism)), Scope.CASE), "NOT alone asks for no passage");
    }

    @Test
    void filtersKeepCasesByCountrySectorAndCell() {
        CodeQuery anyTrustOrClientelism = any(List.of(of(trust), of(clientelism)));
        assertEquals(List.of(grew, labour, patronage), find(anyTrustOrClientelism, Scope.SEGMENT, Retrieval.inCountry("br")));
        assertEquals(List.of(grew, labour), find(anyTrustOrClientelism, Scope.SEGMENT, Retrieval.inSector(Sector.BUDGETING)));
        assertEquals(List.of(grew, labour),
                find(anyTrustOrClientelism, Scope.CASE, Retrieval.inCell(library.findCell("bovaird", "P2-D1").orElseThrow())));
        assertEquals(List.of(), find(of(cofinancing), Scope.SEGMENT, Retrieval.inCountry("BR")));
        assertEquals(List.of(grew, labour), find(of(trust), Scope.CASE, Retrieval.inCountry("BR").and(c -> c != gamma)));
    }

    @Test
    void aQueryDescribesItselfWithParenthesesWhereNeeded() {
        assertEquals("trust AND NOT clientelism", all(List.of(of(trust), not(of(clientelism)))).describe());
        assertEquals("(trust OR co-financing) AND NOT (clientelism OR trust)",
                all(List.of(any(List.of(of(trust), of(cofinancing))), not(any(List.of(of(clientelism), of(trust)))))).describe());
        assertEquals("trust", all(List.of(of(trust))).describe(), "one part is the part itself");
    }
}
