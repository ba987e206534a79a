package org.coprod.ui.matrix;

import org.coprod.model.Typology;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typology matrix on a real shell over the sample library: its counts, and coding by dropping. */
class TypologyMatrixTests {

    @TempDir
    Path dir;
    private Shell shell;
    private TypologyMatrix matrix;
    private WorkbenchSession session;
    private final WorkbenchSession.Observer recount = new WorkbenchSession.Observer() {
        @Override
        public void summariesChanged(WorkbenchSession s) {
            matrix.recount();
        }
    };

    @BeforeEach
    void open() throws Exception {
        session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        matrix = new TypologyMatrix(shell);
        matrix.refresh(session, BovairdTypology.ID);
        shell.setSize(900, 700);
        shell.layout(true, true);
        WorkbenchSession.addObserver(recount);
    }

    @AfterEach
    void close() {
        WorkbenchSession.removeObserver(recount);
        shell.dispose();
    }

    /** Cases with at least one coding in the cell, counted from the model itself. */
    private long modelCount(String code) {
        return session.library().root().getCases().stream()
                .filter(c -> c.getCodings().stream().map(TypologyCoding::getCell).anyMatch(cell -> cell != null
                        && code.equals(cell.getCode())
                        && cell.eContainer() == session.library().findTypology(BovairdTypology.ID).orElseThrow()))
                .count();
    }

    @Test
    void eachCellCountsTheCasesCodedThereInTheModel() {
        List<TypologyCell> cells = session.library().findTypology(BovairdTypology.ID).orElseThrow().getCells();
        assertEquals(9, cells.size());
        long total = 0;
        for (TypologyCell cell : cells) {
            assertEquals(modelCount(cell.getCode()), matrix.cell(cell.getCode()).count(), cell.getCode());
            total += matrix.cell(cell.getCode()).count();
        }
        assertTrue(total > 0, "the sample library has coded cases");
    }

    @Test
    void droppingACaseOnACellCodesItThereUndoably() {
        String code = "P2-D3";
        Case c = session.library().root().getCases().stream()
                .filter(x -> x.getCodings().stream().noneMatch(k -> k.getCell() != null && code.equals(k.getCell().getCode())))
                        .findFirst().orElseThrow();
        int before = matrix.cell(code).count();
        matrix.setCodingQuestion((cases, cell) -> new CodingRequest(null, "delivery", Confidence.HIGH, "dropped by the test"));

        assertTrue(matrix.drop(List.of(c), code));
        assertEquals(before + 1, matrix.cell(code).count());
        assertEquals(modelCount(code), matrix.cell(code).count());
        TypologyCoding added = c.getCodings().get(c.getCodings().size() - 1);
        assertEquals(code, added.getCell().getCode());
        assertEquals("delivery", added.getComponent());
        assertEquals(Confidence.HIGH, added.getConfidence());

        session.commandStack().undo();
        assertEquals(before, matrix.cell(code).count());
    }

    @Test
    void theNotApplicableCellRefusesDrops() {
        Case c = session.library().root().getCases().get(0);
        int codings = c.getCodings().size();
        matrix.setCodingQuestion((cases, cell) -> new CodingRequest(null, null, Confidence.LOW, null));
        assertFalse(matrix.drop(List.of(c), "P3-D1"));
        assertEquals(codings, c.getCodings().size());
        assertEquals(0, matrix.cell("P3-D1").count());
    }

    private String movementOf(String caseName) {
        return matrix.movements().stream().filter(r -> r[0].startsWith(caseName)).map(r -> r[1]).findFirst().orElse(null);
    }

    @Test
    void aCaseThatMovedBetweenCellsOverItsPhasesShowsItsPath() {
        // Beacon: three phases, coded P1-D1, P2-D2 and P3-D2 in the sample data (Bovaird 2007).
        assertEquals("P1-D1 → P2-D2 → P3-D2", movementOf("Beacon"));
    }

    @Test
    void cellsOfServiceComponentsAreListedAsComponentsNeverAsAPath() {
        // Orangi: lane sewers and trunk sewers, no phases; not a movement over time.
        String opp = movementOf("Orangi Pilot Project");
        assertEquals("lane sewers P2-D2 · trunk sewers P1-D1", opp);
        assertFalse(opp.contains("→"), opp);
    }

    @Test
    void aCaseInOneCellIsNotListedAndEveryListedCaseHasTwoCells() {
        assertFalse(matrix.movements().isEmpty());
        for (String[] row : matrix.movements()) {
            Case c = session.library().root().getCases().stream().filter(x -> row[0].equals(x.getName())).findFirst().orElseThrow();
            long distinct = c.getCodings().stream().map(TypologyCoding::getCell).filter(x -> x != null
                    && BovairdTypology.ID.equals(((Typology) x.eContainer()).getId())).distinct().count();
            assertTrue(distinct > 1, row[0] + " is listed with " + row[1]);
        }
    }

    @Test
    void aCellFilterIsClearedWhenAnotherLibraryIsShown() throws Exception {
        matrix.cell("P2-D2").canvas.notifyListeners(SWT.MouseUp, new Event());
        assertEquals("P2-D2", matrix.selectedCell());
        WorkbenchSession other = WorkbenchSession.open(SampleLibraries.copy(dir.resolve("other")), new NullProgressMonitor());
        matrix.refresh(other, BovairdTypology.ID);
        assertEquals(null, matrix.selectedCell(), "the highlight of the old library is gone");
    }

    @Test
    void inASmallWindowEveryCellWithCasesStillListsSomeAndTheMoreLineHasItsOwnLine() {
        shell.setSize(640, 470); // the matrix's share of a 1024 × 700 window
        shell.layout(true, true);
        for (TypologyCell cell : session.library().findTypology(BovairdTypology.ID).orElseThrow().getCells()) {
            TypologyMatrix.CellView v = matrix.cell(cell.getCode());
            if (v.count() == 0) {
                continue;
            }
            Rectangle r = v.canvas.getClientArea();
            Image image = new Image(shell.getDisplay(), Math.max(1, r.width),
                    Math.max(1, r.height));
            GC gc = new GC(image);
            try {
                matrix.paint(v, gc);
            } finally {
                gc.dispose();
                image.dispose();
            }
            assertFalse(v.nameLines.isEmpty(), cell.getCode() + " (" + r.height + " px high) lists none of its " + v.count() + " cases");
            int last = v.nameLines.get(v.nameLines.size() - 1)[1];
            assertTrue(last <= r.height, cell.getCode() + ": the last name ends inside the cell");
        }
    }

    @Test
    void withNoLibraryTheMatrixDrawsNoCells() {
        matrix.refresh(null, BovairdTypology.ID);
        assertEquals(null, matrix.cell("P2-D2"));
        assertTrue(matrix.movements().isEmpty());
    }
}
