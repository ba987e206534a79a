package org.coprod.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Segment;
import org.coprod.ui.CodedNotes;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework matrix on a real shell: counts per case and code, the passages of a cell, and its summary typed undoably. */
class FrameworkPaneTests {

    @TempDir
    Path dir;
    private Shell shell;
    private FrameworkPane pane;
    private WorkbenchSession session;
    private final WorkbenchSession.Observer follow = new WorkbenchSession.Observer() {
        @Override
        public void dirtyChanged(WorkbenchSession s) {
            pane.refresh(); // what the view does (once typing pauses) after every command, undo and redo
        }
    };

    @BeforeEach
    void open() throws Exception {
        session = CodedNotes.open(dir);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        pane = new FrameworkPane(shell);
        pane.show(session);
        shell.setSize(1200, 500);
        shell.layout(true, true);
        WorkbenchSession.addObserver(follow);
    }

    @AfterEach
    void close() {
        WorkbenchSession.removeObserver(follow);
        shell.dispose();
    }

    private Code code(String name) {
        return CodedNotes.code(session, name);
    }

    private String cell(int row, int column) {
        return pane.grid().table().getItem(row).getText(column + 1);
    }

    @Test
    void theMostUsedCodesComeFirstAndEachCellCountsTheCasesPassagesWithTheCode() {
        // trust 4 passages, co-financing 3, clientelism 2, the driver 1.
        assertEquals(List.of(code("trust"), code("co-financing"), code("clientelism"), code("driver:GOVERNANCE")), pane.codes());
        pane.setCodes(List.of(code("trust"), code("clientelism")));
        Table table = pane.grid().table();
        assertEquals(3, table.getItemCount());
        assertEquals(List.of("Case", "trust", "clientelism"), List.of(table.getColumns()).stream().map(c -> c.getText()).toList());
        assertEquals("Alpha health forum", table.getItem(0).getText(0));
        // Counted by hand from the library's table (CodedNotes).
        assertEquals(List.of("2", "1"), List.of(cell(0, 0), cell(0, 1)));
        assertEquals(List.of("1", ""), List.of(cell(1, 0), cell(1, 1)));
        assertEquals(List.of("1", "1"), List.of(cell(2, 0), cell(2, 1)));
    }

    @Test
    void aCellListsItsPassagesAndOnlyTheSelectedCasesAreRowsWhenChosen() {
        pane.setCodes(List.of(code("trust")));
        pane.grid().select(0, 0);
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < pane.details().passages().getTable().getItemCount(); i++) {
            quotes.add(pane.details().passages().getTable().getItem(i).getText(0));
        }
        assertEquals(List.of(CodedNotes.A1, CodedNotes.A2), quotes);
        Case gamma = session.findCase("gamma");
        pane.showCases(List.of(gamma));
        assertEquals(1, pane.grid().table().getItemCount());
        assertEquals("Gamma water board", pane.grid().table().getItem(0).getText(0));
        pane.showCases(null);
        assertEquals(3, pane.grid().table().getItemCount());
        pane.setCodes(List.of(code("clientelism")));
        pane.grid().select(1, 0); // beta
        pane.showCodedOnly(true);
        assertEquals(-1, pane.grid().row(), "beta left the rows: no cell is current");
        assertEquals(List.of("Alpha health forum", "Gamma water board"), List.of(pane.grid().table().getItems()).stream().map(i -> i
                .getText(0)).toList(), "beta has no clientelism");
    }

    @Test
    void aSummaryTypedInACellBecomesTheCasesCodeSummaryAndUndoRemovesIt() {
        CurrentCoder.set("Matrix Writer");
        Code trust = code("trust");
        Case beta = session.findCase("beta");
        pane.setCodes(List.of(trust, code("clientelism")));
        pane.grid().select(1, 0);
        pane.details().summary().setText("Trust came from the shop committee.");
        Optional<CodeSummary> written = CodebookChanges.summary(beta, trust);
        assertTrue(written.isPresent());
        assertEquals("Trust came from the shop committee.", written.get().getText());
        assertEquals("Matrix Writer", written.get().getAuthor().getName());
        assertEquals("1 · Trust came from the shop committee.", cell(1, 0));
        assertTrue(session.hasUnsavedChanges(beta), "the summary is an edit of the case");

        session.commandStack().undo();
        assertTrue(CodebookChanges.summary(beta, trust).isEmpty());
        assertEquals("1", cell(1, 0));
        assertEquals("", pane.details().summary().getText());
        session.commandStack().redo();
        assertEquals("Trust came from the shop committee.", CodebookChanges.summary(beta, trust).orElseThrow().getText());
    }

    @Test
    void keystrokesAfterTheFirstAreOneCommandUntilTheFieldIsLeft() {
        Code trust = code("trust");
        Case alpha = session.findCase("alpha");
        pane.setCodes(List.of(trust));
        pane.grid().select(0, 0);
        pane.details().summary().setText("S");
        pane.details().summary().setText("St");
        pane.details().summary().setText("Strong trust");
        assertEquals("Strong trust", CodebookChanges.summary(alpha, trust).orElseThrow().getText());
        session.commandStack().undo();
        assertEquals("S", CodebookChanges.summary(alpha, trust).orElseThrow().getText(), "the first keystroke wrote the summary");
        session.commandStack().undo();
        assertTrue(CodebookChanges.summary(alpha, trust).isEmpty());
    }

    @Test
    void tenThousandCasesByTwentyCodesShowAtOnceInTheVirtualTable() {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        List<Code> codes = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            Code c = f.createCode();
            c.setName("code " + j);
            codes.add(c);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Case c = f.createCase();
            c.setName("case " + i);
            for (int k = 0; k < 5; k++) {
                Segment s = f.createSegment();
                s.getCodes().add(codes.get((i + k) % 20));
                c.getSegments().add(s);
            }
            cases.add(c);
        }
        long start = System.nanoTime();
        FrameworkMatrix matrix = FrameworkMatrix.of(cases, codes);
        pane.grid().show(matrix);
        shell.layout(true, true);
        while (Display.getDefault().readAndDispatch()) {
            // let the table ask for the rows it shows
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(10_000, pane.grid().table().getItemCount());
        assertEquals("1", pane.grid().table().getItem(9_999).getText(1 + (9_999 % 20)));
        assertEquals("", pane.grid().table().getItem(9_999).getText(1 + (9_999 + 5) % 20));
        assertTrue(ms < 2_000, "built and shown in " + ms + " ms");
    }
}
