package org.coprod.ui.navigator;

import java.util.Arrays;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.emf.EmfPropertySource;
import org.coprod.ui.emf.ItemLabels;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.ui.LibraryView;
import org.coprod.ui.emf.AfterTyping;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CaseDocument;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The library navigator: the open library's cases as a tree grouped by country, sector, typology cell or initiator mode,
 * with a filter box and (from the matrix) a cell filter. Double-click opens a case; the context menu adds, duplicates,
 * deletes (after confirmation, undoable) and compares. Its selection is the selected {@link Case}s. It is the library's
 * saveable part: Save All writes the library's changes even with no editor open.
 */
public class LibraryNavigator extends LibraryView implements ISaveablePart {

    public static final String ID = "org.coprod.ui.navigatorView";

    private TreeViewer viewer;
    private Text filter;
    private Combo grouping;
    private FilterLink kept;
    private final List<Runnable> filterListeners = new ArrayList<>();
    private final CaseSelection selection = new CaseSelection(() -> viewer, this::session);
    private NavigatorMenu actions;
    private static final int FILTER_DELAY_MS = 200;

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: name, id, country code or sector");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        AfterTyping refreshSoon = new AfterTyping(filter.getDisplay(), FILTER_DELAY_MS, () -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                refresh();
            }
        });
        filter.addListener(SWT.Modify, e -> refreshSoon.restart());
        grouping = new Combo(parent, SWT.READ_ONLY);
        for (Grouping g : Grouping.values()) {
            grouping.add(g.label());
        }
        // The grouping the user chose last time (remembered across restarts).
        String remembered = CoprodPreferences.remembered(CoprodPreferences.GROUPING,
                Grouping.values()[0].name());
        grouping.select(Arrays.stream(Grouping.values()).filter(g -> g.name().equals(remembered)).findFirst()
                .orElse(Grouping.values()[0]).ordinal());
        grouping.addListener(SWT.Selection, e -> {
            CoprodPreferences.remember(CoprodPreferences.GROUPING,
                    Grouping.values()[grouping.getSelectionIndex()].name());
            refresh();
        });
        kept = new FilterLink(parent, this::refresh);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        CaseTree.install(viewer, this::session);
        viewer.addSelectionChangedListener(e -> {
            selection.fire();
            int n = selectedCases().size();
            getViewSite().getActionBars().getStatusLineManager().setMessage(n == 0 ? null : n == 1 ? "1 case selected" : n
                    + " cases selected");
        });
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof CaseSummary s) {
                open(s);
            } else if (first instanceof CaseDocument d && session() != null) {
                d.open(getSite().getPage(), session());
            } else if (first != null) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        IStructuredSelection cases = (IStructuredSelection) selection.getSelection();
                        event.doit = !cases.isEmpty();
                        LocalSelectionTransfer.getTransfer().setSelection(cases);
                    }

                    @Override
                    public void dragFinished(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
        getSite().setSelectionProvider(selection);
        actions = new NavigatorMenu(this);
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fill);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, selection);
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete);
        bars.getToolBarManager().add(actions.newCase);
        bars.getToolBarManager().add(actions.compare);
    }

    /** Puts the cursor in the filter box with its text selected (Edit > Find). */
    public void focusFilter() {
        filter.setFocus();
        filter.selectAll();
    }

    /** Compares the selected cases (2 to 5), as the Compare button does. */
    public void compareSelected() {
        actions.compare.run();
    }

    /** Asks a name and adds a new case; opens it. */
    public void newCase() {
        actions.newCase();
    }

    /** Deletes the selected cases, after asking when {@code confirm}; undoable until saved. */
    public boolean deleteSelected(boolean confirm) {
        return actions.deleteSelected(confirm);
    }

    /** The library the navigator shows, or null. */
    WorkbenchSession library() {
        return session();
    }

    private void open(CaseSummary s) {
        WorkbenchSession session = session();
        if (session == null) {
            return;
        }
        if (session.findCase(s.id()) == null) {
            MessageDialog.openInformation(getSite().getShell(), "Open Case",
                    session.isLoaded() ? "The case " + s.id() + " could not be read; see the Problems view."
                            : "The library is still loading; the case opens once it has loaded.");
            return;
        }
        session.openCase(s.id());
    }

    /** Shows only the cases coded into a cell (the matrix's click); nulls clear the cell filter. */
    public void filterByCell(String typologyId, String code) {
        kept.keep(kept.kept().inCell(typologyId, code));
    }

    /** Shows only the cases set in a country (the map's click); null clears the country filter. */
    public void filterByCountry(String code) {
        kept.keep(kept.kept().inCountry(code));
    }

    /** What the tree shows now: the typed text, the cell and the country it is kept to. */
    public CaseFilter filter() {
        return kept.kept().withText(filter == null || filter.isDisposed() ? "" : filter.getText());
    }

    /** The open library's cases that pass a filter. */
    public List<CaseSummary> shown(CaseFilter f) {
        WorkbenchSession s = session();
        return s == null ? List.of() : s.summaries().stream().filter(f::shows).toList();
    }

    /** Tells {@code listener} each time the tree is rebuilt (the filter or the cases changed). */
    public void addFilterListener(Runnable listener) {
        filterListeners.add(listener);
    }

    public void removeFilterListener(Runnable listener) {
        filterListeners.remove(listener);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The cases selected (summaries of loaded cases turned into the cases). */
    public List<Case> selectedCases() {
        return ((IStructuredSelection) selection.getSelection()).toList().stream().filter(Case.class::isInstance).map(Case.class::cast)
                .toList();
    }

    /** Rebuilds the tree from the summaries, keeping the open groups open. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        WorkbenchSession s = session();
        Collection<CaseSummary> all = s == null ? List.of() : s.summaries();
        CaseFilter f = filter();
        List<CaseSummary> shown = all.stream().filter(f::shows).toList();
        Grouping g = Grouping.values()[Math.max(0, grouping.getSelectionIndex())];
        Object[] expanded = viewer.getExpandedElements();
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(g.groups(shown));
            viewer.setExpandedElements(expanded);
        } finally {
            viewer.getControl().setRedraw(true);
        }
        String state = s == null ? "" : s.isLoaded() ? "" : "  (loading…)";
        setContentDescription(s == null ? "No library open" : s.name() + ": " + shown.size() + " of " + all.size() + " cases" + state);
        List.copyOf(filterListeners).forEach(Runnable::run);
    }

    @Override
    protected void activated(WorkbenchSession session) {
        kept.reset();
        refresh();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    protected void closed() {
        kept.reset();
        refresh();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        refresh();
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        refresh();
    }

    @Override
    protected void stackChanged(WorkbenchSession session) {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        WorkbenchSession s = session();
        if (s == null) {
            return;
        }
        s.saveOrReport(getSite().getShell());
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        WorkbenchSession s = session();
        return s != null && s.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The application asks before closing with unsaved changes; no second prompt from here. */
    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** The Properties view shows the selected case's fields (edits there are commands too). */
    @SuppressWarnings("unchecked")
    @Override
    public <T> T getAdapter(Class<T> type) {
        WorkbenchSession s = session();
        if (type == IPropertySheetPage.class && s != null) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(EmfPropertySource.provider(new ItemLabels(
                    s.adapterFactory()).delegator()));
            return (T) page;
        }
        return super.getAdapter(type);
    }
}
