package org.coprod.ui.framework;

import java.util.List;
import java.util.function.BiConsumer;

import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.core.evidence.FrameworkMatrix.Cell;
import org.coprod.model.Code;
import org.coprod.ui.codebook.CodeNames;
import org.coprod.ui.codebook.Swatches;
import org.coprod.ui.editor.Names;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A framework matrix as a table: a row per case, a column per code; each cell shows how many passages of the case
 * carry the code and the start of the researcher's summary. Virtual, so ten thousand cases cost only the rows on
 * screen. One cell is the current one (click it, or move with the arrow keys): its details are shown beside.
 */
public final class FrameworkGrid {

    private static final int SNIPPET = 60;
    private final Table table;
    private final Swatches swatches;
    private FrameworkMatrix matrix;
    private int row = -1;
    private int column = -1;
    private BiConsumer<Integer, Integer> selected = (r, c) -> {
    };

    public FrameworkGrid(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        swatches = new Swatches(table);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int r = table.indexOf(item);
            if (matrix == null || r < 0 || r >= matrix.cases().size()) {
                return;
            }
            item.setText(0, Names.of(matrix.cases().get(r)));
            for (int j = 0; j < matrix.codes().size(); j++) {
                item.setText(j + 1, text(matrix.cell(r, j)));
            }
        });
        table.addListener(SWT.MouseDown, e -> {
            TableItem item = table.getItem(new Point(e.x, e.y));
            if (item != null) {
                for (int j = 1; j < table.getColumnCount(); j++) {
                    if (item.getBounds(j).contains(e.x, e.y)) {
                        select(table.indexOf(item), j - 1);
                        return;
                    }
                }
                select(table.indexOf(item), Math.max(0, column));
            }
        });
        table.addListener(SWT.Selection, e -> {
            if (table.getSelectionIndex() != row) {
                select(table.getSelectionIndex(), Math.max(0, column));
            }
        });
        table.addListener(SWT.KeyDown, e -> {
            if (matrix != null && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) && row >= 0) {
                int next = column + (e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
                if (next >= 0 && next < matrix.codes().size()) {
                    select(row, next);
                }
                e.doit = false;
            }
        });
        // The current cell is framed, so it stands out in its selected row.
        table.addListener(SWT.PaintItem, this::frame);
    }

    /** What a cell shows: the count, then the start of the summary. */
    public static String text(Cell cell) {
        String summary = cell.summaryText().strip();
        if (summary.isEmpty()) {
            return cell.count() == 0 ? "" : String.valueOf(cell.count());
        }
        String first = summary.lines().findFirst().orElse("");
        return cell.count() + " · " + (first.length() > SNIPPET ? first.substring(0, SNIPPET) + "…" : first);
    }

    private void frame(Event e) {
        if (e.index == column + 1 && row >= 0 && table.indexOf((TableItem) e.item) == row) {
            Rectangle r = ((TableItem) e.item).getBounds(e.index);
            e.gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
            e.gc.setLineWidth(2);
            e.gc.drawRectangle(r.x + 1, r.y + 1, r.width - 3, r.height - 3);
        }
    }

    /** Calls back with the current cell (row, column of the matrix) whenever it changes. */
    public void onSelect(BiConsumer<Integer, Integer> callback) {
        selected = callback;
    }

    /** Makes a cell the current one. */
    public void select(int r, int c) {
        if (matrix == null || r < 0 || r >= matrix.cases().size() || c < 0 || c >= matrix.codes().size()) {
            return;
        }
        row = r;
        column = c;
        // select, not setSelection: a refresh keeps the current cell without scrolling back to it.
        table.deselectAll();
        table.select(r);
        table.redraw();
        selected.accept(r, c);
    }

    /** No cell is the current one (its case left the rows). */
    public void clearCurrent() {
        row = -1;
        column = -1;
        table.deselectAll();
        table.redraw();
    }

    /** Shows a matrix, keeping the columns' widths when its codes are the same. */
    public void show(FrameworkMatrix m) {
        boolean sameColumns = matrix != null && m != null && matrix.codes().equals(m.codes());
        matrix = m;
        table.setRedraw(false);
        try {
            if (!sameColumns) {
                for (TableColumn c : table.getColumns()) {
                    c.dispose();
                }
                TableColumn cases = new TableColumn(table, SWT.LEFT);
                cases.setText(Messages.FrameworkGrid_case);
                cases.setWidth(200);
                for (Code code : m == null ? List.<Code>of() : m.codes()) {
                    TableColumn c = new TableColumn(table, SWT.LEFT);
                    c.setText(CodeNames.of(code));
                    c.setToolTipText(CodeNames.path(code));
                    c.setImage(swatches.of(code.getColour()));
                    c.setWidth(150);
                }
            }
            table.clearAll();
            table.setItemCount(m == null ? 0 : m.cases().size());
        } finally {
            table.setRedraw(true);
        }
        if (m == null || row >= m.cases().size() || column >= m.codes().size()) {
            row = -1;
            column = -1;
        }
    }

    public FrameworkMatrix matrix() {
        return matrix;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    /** The current cell, or null. */
    public Cell current() {
        return matrix == null || row < 0 || column < 0 ? null : matrix.cell(row, column);
    }

    public Table table() {
        return table;
    }
}
