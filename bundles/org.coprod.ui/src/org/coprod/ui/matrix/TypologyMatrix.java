package org.coprod.ui.matrix;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.coprod.core.TypologyAxes;
import org.coprod.model.Case;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.commands.CodeIntoCell;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A two-dimensional typology drawn as a grid (Bovaird's 3 × 3 by default): each cell with its code, name, the number of
 * cases coded there and their names; a not-applicable cell greyed and refusing drops. Dropping cases on a cell codes
 * them there (one undoable command); clicking a cell tells the listener (the navigator filters to it). Below the grid,
 * the cases that moved between cells over their phases, with their path.
 */
public final class TypologyMatrix extends Composite {

    /** One drawn cell. */
    public final class CellView {
        final TypologyCell cell;
        final Canvas canvas;
        int count;
        List<String> names = List.of();
        List<String> ids = List.of();
        /** Where each drawn case name starts and ends (y), in the order of {@link #ids}, for double-click. */
        final List<int[]> nameLines = new ArrayList<>();
        boolean dragOver;

        CellView(Composite parent, TypologyCell cell) {
            this.cell = cell;
            canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
            GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
            gd.minimumHeight = 90;
            gd.widthHint = 60;
            canvas.setLayoutData(gd);
            canvas.addPaintListener(e -> paint(this, e.gc));
            canvas.addListener(SWT.MouseUp, e -> {
                selectedCode = selectedCode != null && selectedCode.equals(cell.getCode()) ? null : cell.getCode();
                cells.values().forEach(v -> v.canvas.redraw());
                cellClicked.accept(selectedCode == null ? null : cell);
            });
            canvas.addListener(SWT.MouseDoubleClick, e -> openCaseAt(this, e.y));
            canvas.setToolTipText(cell.getCode() + ": " + cell.getName() + (cell.isApplicable()
                    ? "\nClick to filter the library to this cell; double-click a case to open it; drop cases here to code them."
                    : "\nNot applicable: cannot be coded."));
            DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
            target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
            target.addDropListener(new DropTargetAdapter() {
                @Override
                public void dragEnter(DropTargetEvent event) {
                    dragOver(event);
                }

                @Override
                public void dragOver(DropTargetEvent event) {
                    event.detail = cell.isApplicable() && !casesIn(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty()
                            ? DND.DROP_COPY
                            : DND.DROP_NONE;
                    if (!dragOver) {
                        dragOver = true;
                        canvas.redraw();
                    }
                }

                @Override
                public void dragLeave(DropTargetEvent event) {
                    dragOver = false;
                    canvas.redraw();
                }

                @Override
                public void drop(DropTargetEvent event) {
                    dragOver = false;
                    canvas.redraw();
                    List<Case> cases = casesIn(LocalSelectionTransfer.getTransfer().getSelection());
                    if (!TypologyMatrix.this.drop(cases, cell.getCode())) {
                        event.detail = DND.DROP_NONE;
                    }
                }
            });
        }

        public int count() {
            return count;
        }

        public List<String> names() {
            return names;
        }
    }

    private void openCaseAt(CellView v, int y) {
        WorkbenchSession s = session;
        for (int i = 0; i < v.nameLines.size() && i < v.ids.size(); i++) {
            if (y >= v.nameLines.get(i)[0] && y < v.nameLines.get(i)[1] && s != null) {
                s.openCase(v.ids.get(i));
                return;
            }
        }
    }

    /** The rows of the table below the grid: case name and where it sits (for tests and the Problems view). */
    public List<String[]> movements() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : paths.getItems()) {
            rows.add(new String[] { item.getText(0), item.getText(1) });
        }
        return rows;
    }

    /** The cell the library is filtered to, or null. */
    public String selectedCell() {
        return selectedCode;
    }

    private final Combo typologyChoice;
    private final Composite grid;
    private final Table paths;
    private final Map<String, CellView> cells = new HashMap<>();
    private final Font bold;
    private Typology typology;
    private WorkbenchSession session;
    private String selectedCode;
    private Consumer<TypologyCell> cellClicked = c -> {
    };
    /** Asks for phase, component and confidence; a dialog in the workbench, a fixed answer in tests. */
    private BiFunction<List<Case>, TypologyCell, CodingRequest> askCoding = (cases, cell) -> {
        CodingDialog d = new CodingDialog(getShell(), cases, cell);
        return d.open() == Window.OK ? d.result() : null;
    };

    public TypologyMatrix(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        new Label(this, SWT.NONE).setText("Typology:");
        typologyChoice = new Combo(this, SWT.READ_ONLY);
        typologyChoice.addListener(SWT.Selection, e -> {
            List<Typology> ts = twoDimensional();
            if (typologyChoice.getSelectionIndex() >= 0 && typologyChoice.getSelectionIndex() < ts.size()) {
                show(ts.get(typologyChoice.getSelectionIndex()));
            }
        });
        grid = new Composite(this, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        paths = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        paths.setHeaderVisible(true);
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        pd.heightHint = 70;
        paths.setLayoutData(pd);
        TableColumn c1 = new TableColumn(paths, SWT.LEFT);
        c1.setText("Case in more than one cell");
        c1.setWidth(280);
        TableColumn c2 = new TableColumn(paths, SWT.LEFT);
        c2.setText("Cells over its phases (→) or by service component (·)");
        c2.setWidth(380);
        FontData fd = getFont().getFontData()[0];
        bold = new Font(getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        addListener(SWT.Dispose, e -> bold.dispose());
    }

    public void onCellClicked(Consumer<TypologyCell> listener) {
        cellClicked = listener;
    }

    public void setCodingQuestion(BiFunction<List<Case>, TypologyCell, CodingRequest> ask) {
        askCoding = ask;
    }

    public Typology typology() {
        return typology;
    }

    public CellView cell(String code) {
        return cells.get(code);
    }

    private List<Typology> twoDimensional() {
        WorkbenchSession s = session;
        return s == null ? List.of() : s.typologies().stream().filter(t -> t.getDimensions().size() == 2).toList();
    }

    /**
     * Shows a library session (the view passes the one the workbench shows): the chosen typology (or the preferred one),
     * its counts and paths. The matrix reads no global: it draws the session it was given.
     */
    public void refresh(WorkbenchSession shown, String preferredTypology) {
        session = shown;
        List<Typology> ts = twoDimensional();
        String current = typology != null ? typology.getId() : preferredTypology;
        typologyChoice.setItems(ts.stream().map(t -> t.getName() == null ? t.getId() : t.getName()).toArray(String[]::new));
        Typology chosen = ts.stream().filter(t -> t.getId().equals(current)).findFirst().orElse(ts.isEmpty() ? null : ts.get(0));
        if (chosen != null) {
            typologyChoice.select(ts.indexOf(chosen));
        }
        show(chosen);
    }

    private void show(Typology t) {
        if (t != typology || cells.isEmpty() || t != null && cells.values().iterator().next().cell.eContainer() != t) {
            typology = t;
            buildGrid();
        }
        recount();
    }

    private void buildGrid() {
        for (Control c : grid.getChildren()) {
            c.dispose();
        }
        cells.clear();
        if (selectedCode != null) {
            // Another typology or library: the old highlight means nothing here, and the library shows all cases again.
            selectedCode = null;
            cellClicked.accept(null);
        }
        if (typology == null) {
            grid.layout();
            return;
        }
        TypologyAxes axes = TypologyAxes.of(typology).orElseThrow();
        List<DimensionValue> columns = axes.columns();
        List<DimensionValue> rows = axes.rows();
        grid.setLayout(new GridLayout(columns.size() + 1, false));
        new Label(grid, SWT.NONE);
        for (DimensionValue col : columns) {
            Label l = new Label(grid, SWT.WRAP | SWT.CENTER);
            l.setText(col.getCode() + ": " + col.getLabel());
            l.setFont(bold);
            GridData gd = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
            gd.widthHint = 60;
            l.setLayoutData(gd);
        }
        for (DimensionValue row : rows) {
            Label l = new Label(grid, SWT.WRAP);
            l.setText(row.getCode() + ": " + row.getLabel());
            l.setFont(bold);
            GridData gd = new GridData(SWT.LEFT, SWT.CENTER, false, true);
            gd.widthHint = 110;
            l.setLayoutData(gd);
            for (DimensionValue col : columns) {
                TypologyCell cell = axes.cell(col, row).orElse(null);
                if (cell == null) {
                    new Label(grid, SWT.NONE);
                } else {
                    cells.put(cell.getCode(), new CellView(grid, cell));
                }
            }
        }
        grid.layout(true, true);
        layout(true, true);
    }

    /** Counts and names per cell from the case summaries, and the paths of cases that moved between cells. */
    public void recount() {
        WorkbenchSession s = session;
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        paths.removeAll();
        if (s != null && typology != null) {
            String tid = typology.getId();
            for (CaseSummary summary : s.summaries()) {
                List<String> path = summary.path(tid);
                for (String code : path) {
                    counts.merge(code, 1, Integer::sum);
                    List<String> n = names.computeIfAbsent(code, k -> new ArrayList<>());
                    if (n.size() < 12) {
                        n.add(summary.name());
                        ids.computeIfAbsent(code, k -> new ArrayList<>()).add(summary.id());
                    }
                }
                String movement = summary.movement(tid);
                if (movement != null) {
                    TableItem item = new TableItem(paths, SWT.NONE);
                    item.setText(0, summary.name());
                    item.setText(1, movement);
                }
            }
        }
        for (CellView v : cells.values()) {
            v.count = counts.getOrDefault(v.cell.getCode(), 0);
            v.names = names.getOrDefault(v.cell.getCode(), List.of());
            v.ids = ids.getOrDefault(v.cell.getCode(), List.of());
            v.canvas.redraw();
        }
    }

    /** Codes the cases into the cell (asking phase, component and confidence): one undoable command. */
    public boolean drop(List<Case> cases, String code) {
        CellView v = cells.get(code);
        WorkbenchSession s = session;
        if (v == null || !v.cell.isApplicable() || cases.isEmpty() || s == null) {
            return false;
        }
        CodingRequest request = askCoding.apply(cases, v.cell);
        if (request == null) {
            return false;
        }
        return s.execute(CodeIntoCell.of(s.editingDomain(), cases, v.cell, request.phase(), request.component(), request.confidence(),
                request.justification()));
    }

    /** The cases in a dragged selection: cases themselves, or summaries of loaded cases. */
    List<Case> casesIn(ISelection selection) {
        List<Case> out = new ArrayList<>();
        WorkbenchSession s = session;
        if (selection instanceof IStructuredSelection ss && s != null) {
            for (Object o : ss.toList()) {
                if (o instanceof Case c) {
                    out.add(c);
                } else if (o instanceof CaseSummary summary && s.findCase(summary.id()) != null) {
                    out.add(s.findCase(summary.id()));
                }
            }
        }
        return out;
    }

    /** Draws a cell (package-visible so that tests can draw it into an image of its own size). */
    void paint(CellView v, GC gc) {
        new CellPainter(gc, bold, getFont()).paint(v, v.cell.getCode().equals(selectedCode));
    }
}
