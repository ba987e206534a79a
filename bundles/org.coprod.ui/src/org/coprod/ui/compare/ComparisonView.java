package org.coprod.ui.compare;

import java.util.Arrays;
import java.util.Objects;
import org.coprod.ui.emf.PublishedSelection;
import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.editor.Names;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Cases side by side (a framework matrix, as in NVivo or MAXQDA): one column per case (2 to 5), one row per comparative
 * dimension. "Add selected" takes the cases selected elsewhere; the view publishes its cases as its selection, which the
 * brief exporter takes.
 */
public class ComparisonView extends LibraryView {

    public static final String ID = "org.coprod.ui.comparisonView";
    public static final int MAX_CASES = 5;

    private Table table;
    private final List<Case> cases = new ArrayList<>();
    private List<Case> lastSelected = List.of();
    private final PublishedSelection published = new PublishedSelection();
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    protected void createContent(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WrappedCells.install(table);
        table.addListener(SWT.Resize, e -> fitColumns());
        getSite().setSelectionProvider(published);
        Action add = new Action("Add selected") {
            @Override
            public void run() {
                List<Case> all = new ArrayList<>(cases);
                lastSelected.stream().filter(c -> !all.contains(c)).forEach(all::add);
                compare(all);
            }
        };
        add.setToolTipText("Add the cases selected in the navigator or search (up to " + MAX_CASES + ")");
        Action clear = new Action("Clear") {
            @Override
            public void run() {
                compare(List.of());
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(add);
        getViewSite().getActionBars().getToolBarManager().add(clear);
        getSite().getPage().addSelectionListener(selectionListener);
        redraw();
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection ss) {
            List<Case> selected = ss.toList().stream().filter(Case.class::isInstance).map(Case.class::cast).toList();
            if (!selected.isEmpty()) {
                lastSelected = selected;
            }
        }
    }

    /** Shows these cases (the first five), and publishes them as this view's selection. */
    public void compare(List<Case> chosen) {
        show(chosen);
        WorkbenchSession s = session();
        if (s != null) {
            // Remembered with its library, so that the comparison comes back after a restart.
            CoprodPreferences.remember(CoprodPreferences.COMPARED, s.folder() + "\n" + String.join(",", cases.stream().map(Case::getId)
                    .toList()));
        }
    }

    private void show(List<Case> chosen) {
        cases.clear();
        chosen.stream().distinct().limit(MAX_CASES).forEach(cases::add);
        redraw();
        published.setSelection(new StructuredSelection(cases));
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        String[] remembered = CoprodPreferences.remembered(CoprodPreferences.COMPARED, "").split("\n", 2);
        if (remembered.length == 2 && remembered[0].equals(session.folder().toString()) && cases.isEmpty()) {
            show(Arrays.stream(remembered[1].split(",")).map(session::findCase).filter(Objects::nonNull).toList());
        }
    }

    public List<Case> cases() {
        return List.copyOf(cases);
    }

    private void redraw() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            TableColumn dim = new TableColumn(table, SWT.LEFT);
            dim.setText("Dimension");
            dim.setWidth(170);
            for (Case c : cases) {
                TableColumn col = new TableColumn(table, SWT.LEFT);
                col.setText(Names.of(c));
                col.setWidth(260);
            }
            if (cases.isEmpty()) {
                setContentDescription("Select 2 to 5 cases and choose Compare (navigator context menu) or Add selected.");
                return;
            }
            setContentDescription(cases.size() < 2 ? "Add at least one more case to compare." : "");
            fitColumns();
            for (ComparisonDimensions d : ComparisonDimensions.values()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, d.label());
                for (int i = 0; i < cases.size(); i++) {
                    item.setText(i + 1, d.of(cases.get(i)));
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** Shares the width between the cases, so that every column shows its whole text, wrapped. */
    private void fitColumns() {
        TableColumn[] columns = table.getColumns();
        if (columns.length < 2) {
            return;
        }
        int width = table.getClientArea().width - columns[0].getWidth() - 4;
        int each = Math.max(140, width / (columns.length - 1));
        for (int i = 1; i < columns.length; i++) {
            columns[i].setWidth(each);
        }
        table.redraw();
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        cases.removeIf(c -> c.eContainer() == null);
        redraw();
    }

    @Override
    protected void closed() {
        show(List.of());
    }

    @Override
    protected void activated(WorkbenchSession session) {
        show(List.of());
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
