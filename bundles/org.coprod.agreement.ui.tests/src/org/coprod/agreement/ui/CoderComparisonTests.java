package org.coprod.agreement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coprod.agreement.Agreement;
import org.coprod.core.BovairdTypology;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Coder Comparison widgets on a real shell. Case alpha's note has 10 code points (an emoji first); Ana codes Local
 * trust on 0-4, Ben on 2-6: both 2, Ana only 2, Ben only 2, neither 4, so agreement 60 % and kappa 0.8 / 4.8 = 0.167.
 * Case beta: Ana places it in P3-D3, Ben in P1-D1; case gamma: both in P1-D1.
 */
class CoderComparisonTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    private Shell shell;
    private CoderComparison comparison;
    private final List<String> opened = new ArrayList<>();
    private CodableText openedText;
    private CaseLibrary library;

    @BeforeEach
    void show() {
        library = F.createCaseLibrary();
        library.setCodebook(F.createCodebook());
        Typology bovaird = BovairdTypology.create();
        library.getTypologies().add(bovaird);
        Code trust = F.createCode();
        trust.setId("trust");
        trust.setName("Local trust");
        library.getCodebook().getCodes().add(trust);
        Coder ana = coder("ana", "Ana Souza");
        Coder ben = coder("ben", "Ben Ode");
        Case alpha = addCase("alpha");
        Note note = F.createNote();
        note.setId("note-1");
        note.setTitle("Visit");
        note.setText("\uD83C\uDFDBabcdefghi");
        alpha.getNotes().add(note);
        segment(alpha, note, 0, 4, ana, trust);
        segment(alpha, note, 2, 6, ben, trust);
        place(addCase("beta"), bovaird, "P3-D3", ana);
        place(library.getCases().get(1), bovaird, "P1-D1", ben);
        place(addCase("gamma"), bovaird, "P1-D1", ana);
        place(library.getCases().get(2), bovaird, "P1-D1", ben);

        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        comparison = new CoderComparison(shell, new CoderComparison.Opener() {
            @Override
            public void openCase(String caseId) {
                opened.add(caseId);
            }

            @Override
            public void openPassage(String caseId, CodableText text, int start, int end) {
                opened.add(caseId + " " + text.getId() + " " + start + "-" + end);
                openedText = text;
            }
        });
        shell.setSize(1200, 700);
        comparison.show(Agreement.inLibrary(library, List.of()));
        shell.layout(true, true);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private Coder coder(String id, String name) {
        Coder c = F.createCoder();
        c.setId(id);
        c.setName(name);
        library.getCoders().add(c);
        return c;
    }

    private Case addCase(String id) {
        Case c = F.createCase();
        c.setId(id);
        library.getCases().add(c);
        return c;
    }

    private static void segment(Case c, Note note, int start, int end, Coder coder, Code code) {
        Segment s = F.createSegment();
        s.setId("seg-" + coder.getId());
        s.setText(note);
        s.setStart(start);
        s.setEnd(end);
        s.setCoder(coder);
        s.getCodes().add(code);
        c.getSegments().add(s);
    }

    private static void place(Case c, Typology t, String cell, Coder coder) {
        TypologyCoding coding = F.createTypologyCoding();
        coding.setCell(t.getCells().stream().filter(x -> x.getCode().equals(cell)).findFirst().orElseThrow());
        coding.setCoder(coder);
        c.getCodings().add(coding);
    }

    private static List<String> row(Table t, int i) {
        TableItem item = t.getItem(i);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < t.getColumnCount(); c++) {
            cells.add(item.getText(c));
        }
        return cells;
    }

    private static int find(Table t, String first) {
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getText(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void listsTheFiguresPerCodeAndPerMeasure() {
        assertTrue(comparison.heading().startsWith("Agreement between Ana Souza, Ben Ode"), comparison.heading());
        Table figures = comparison.figures();
        assertEquals(List.of("Local trust", "Ana Souza / Ben Ode", "1 text", "60.0 %", "0.167", ""),
                row(figures, find(figures, "Local trust")));
        // typology over beta and gamma: Ana P3-D3, P1-D1; Ben P1-D1, P1-D1.
        //   kappa: observed 1/2; Ana P1-D1 1/2, P3-D3 1/2; Ben P1-D1 1: chance 1/2; kappa (1/2 - 1/2) / (1/2) = 0
        //   alpha: n = 4, P1-D1 3, P3-D3 1, 2 off the diagonal: 1 - 3 * 2 / (16 - 9 - 1) = 1 - 6/6 = 0
        assertEquals(List.of("Typology cell", "Ana Souza, Ben Ode", "2 units", "", "0.000", "0.000"),
                row(figures, find(figures, "Typology cell")));
        // the initiator mode cannot be attributed to a coder in one library: said, not a number
        List<String> initiator = row(figures, find(figures, "Initiator mode"));
        assertEquals("not defined", initiator.get(5));
        assertTrue(comparison.notes().contains("--with"), comparison.notes());
    }

    @Test
    void showsTheDisagreementsSideBySide() {
        Table d = comparison.disagreements();
        assertEquals(List.of("Case", "Where", "Code or measure", "Ana Souza", "Ben Ode", "Passage"),
                Arrays.stream(d.getColumns()).map(c -> c.getText()).toList());
        assertEquals(3, d.getItemCount());
        assertEquals(List.of("alpha", "Visit 0–2", "Local trust", "coded", "not coded", "\uD83C\uDFDBa"), row(d, 0));
        assertEquals(List.of("alpha", "Visit 4–6", "Local trust", "not coded", "coded", "de"), row(d, 1));
        assertEquals(List.of("beta", "beta", "Typology cell", "P3-D3", "P1-D1", ""), row(d, 2));
    }

    @Test
    void doubleClickingAPassageDisagreementOpensItsTextAtThePassage() {
        Table d = comparison.disagreements();
        d.setSelection(1);
        Event e = new Event();
        e.item = d.getItem(1);
        d.notifyListeners(SWT.DefaultSelection, e);
        // Ben alone coded code points 4-6 of alpha's note: that passage, not the case, nor Ben's whole segment 2-6
        assertEquals(List.of("alpha note-1 4-6"), opened);
        assertEquals(library.getCases().get(0).getNotes().get(0), openedText);
    }

    @Test
    void doubleClickingADisagreementOpensItsCase() {
        Table d = comparison.disagreements();
        d.setSelection(2);
        Event e = new Event();
        e.item = d.getItem(2);
        d.notifyListeners(SWT.DefaultSelection, e);
        assertEquals(List.of("beta"), opened);
    }

    /**
     * Seen in the running product: in the bottom stack of the workbench (about 490 × 230 pixels) the wrapped notes
     * took the whole height and both tables were squeezed to nothing.
     */
    @Test
    void bothTablesKeepRoomInASmallViewWhateverTheNotesSay() {
        shell.setSize(490, 260);
        shell.layout(true, true);
        assertTrue(comparison.notes().length() > 100, comparison.notes());
        assertTrue(comparison.figures().getSize().y >= 40, "figures table " + comparison.figures().getSize());
        assertTrue(comparison.disagreements().getSize().y >= 40, "disagreements table " + comparison.disagreements().getSize());
    }

    @Test
    void aNewReportReplacesTheOldOneAndItsColumns() {
        comparison.show(Agreement.inLibrary(library, List.of(library.getCoders().get(0))));
        assertTrue(comparison.heading().startsWith("Fewer than two coders"), comparison.heading());
        assertEquals(0, comparison.disagreements().getItemCount());
        assertEquals(List.of("Case", "Where", "Code or measure", "Ana Souza", "Passage"),
                Arrays.stream(comparison.disagreements().getColumns()).map(c -> c.getText()).toList());
    }
}
