package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.WHEN;
import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.ana;
import static org.coprod.core.evidence.CodingLibraries.beta;
import static org.coprod.core.evidence.CodingLibraries.cellCode;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework matrix: cases by codes, each cell the case's passages coded with the code and the summary written of them. */
class FrameworkMatrixTests {

    @TempDir
    Path dir;
    Library library;
    Case alpha;
    Case beta;
    Code trust;
    Code labour;
    Code p2d1;
    Segment grew;
    Segment gave;
    Segment committee;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir);
        alpha = alpha(library);
        beta = beta(library);
        trust = userCode(library.root(), "trust", "Confidence in others.");
        labour = userCode(library.root(), "labour", "Residents' work.");
        Code unused = userCode(library.root(), "not a column", "Coded but not asked for.");
        p2d1 = cellCode(library, "P2-D1");
        grew = code(library, alpha, "Trust grew", trust).segment();
        gave = code(library, alpha, "residents gave their labour", trust).segment();
        code(library, alpha, "residents gave their labour", labour);
        code(library, alpha, "residents gave their labour", unused);
        committee = code(library, beta, "Trust in the committee", trust).segment();
    }

    @Test
    void eachCellHoldsTheCasesPassagesWithTheCodeInTheirOrder() {
        FrameworkMatrix m = FrameworkMatrix.of(List.of(beta, alpha), List.of(trust, labour, p2d1));
        assertEquals(List.of(beta, alpha), m.cases());
        assertEquals(List.of(trust, labour, p2d1), m.codes());
        assertEquals(List.of(committee), m.cell(0, 0).segments());
        assertEquals(0, m.cell(0, 1).count());
        assertEquals(List.of(grew, gave), m.cell(1, 0).segments());
        assertEquals(2, m.cell(1, 0).count());
        assertEquals(List.of(gave), m.cell(1, 1).segments(), "a passage with two column codes is in both cells");
        assertEquals(0, m.cell(1, 2).count());
        assertSame(alpha, m.cell(1, 2).c());
        assertSame(p2d1, m.cell(1, 2).code());
        assertEquals("", m.cell(1, 0).summaryText(), "no summary written yet");
        assertTrue(m.cell(1, 0).summary().isEmpty());
    }

    @Test
    void summarisingACellMakesItsSummaryAndThenEditsItUndoably() {
        BasicCommandStack stack = new BasicCommandStack();
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack, library.resourceSet());
        stack.execute(FrameworkMatrix.summarise(domain, alpha, trust, "Trust grew through the works.", ana(library), WHEN));
        CodeSummary summary = alpha.getCodeSummaries().get(0);
        assertSame(trust, summary.getCode());
        assertSame(ana(library), summary.getAuthor());
        assertEquals(WHEN, summary.getDate());
        FrameworkMatrix m = FrameworkMatrix.of(List.of(alpha, beta), List.of(trust, labour));
        assertEquals("Trust grew through the works.", m.cell(0, 0).summaryText());
        assertEquals("", m.cell(0, 1).summaryText(), "a summary belongs to its code's cell only");
        assertEquals("", m.cell(1, 0).summaryText(), "and to its case's");

        stack.execute(FrameworkMatrix.summarise(domain, alpha, trust, "Trust grew, then faded.", ana(library), new Date(WHEN.getTime() + 1)));
        assertEquals(List.of(summary), alpha.getCodeSummaries(), "the same summary, edited");
        assertEquals("Trust grew, then faded.", FrameworkMatrix.of(List.of(alpha), List.of(trust)).cell(0, 0).summaryText());
        stack.undo();
        assertEquals("Trust grew through the works.", summary.getText());
        stack.undo();
        assertTrue(alpha.getCodeSummaries().isEmpty());
        assertEquals("", FrameworkMatrix.of(List.of(alpha), List.of(trust)).cell(0, 0).summaryText());
    }
}
