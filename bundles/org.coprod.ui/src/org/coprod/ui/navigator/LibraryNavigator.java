package org.coprod.ui.navigator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.coprod.model.Case;
import org.coprod.ui.LibraryView;
import org.coprod.ui.emf.AfterTyping;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.compare.ComparisonView;
import org.coprod.ui.documents.CaseDocument;
import org.coprod.ui.navigator.Grouping.Group;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
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
    private Link cellFilterLink;
    private String cellTypology;
    private String cellCode;
    private final CaseSelection selection = new CaseSelection(() -> viewer, this::session);
    private Action newCase;
    private Action duplicate;
    private Action delete;
    private Action compare;
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
        String remembered = org.coprod.ui.CoprodPreferences.remembered(org.coprod.ui.CoprodPreferences.GROUPING,
                Grouping.values()[0].name());
        grouping.select(java.util.Arrays.stream(Grouping.values()).filter(g -> g.name().equals(remembered)).findFirst()
                .orElse(Grouping.values()[0]).ordinal());
        grouping.addListener(SWT.Selection, e -> {
            org.coprod.ui.CoprodPreferences.remember(org.coprod.ui.CoprodPreferences.GROUPING,
                    Grouping.values()[grouping.getSelectionIndex()].name());
            refresh();
        });
        cellFilterLink = new Link(parent, SWT.NONE);
        cellFilterLink.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        cellFilterLink.addListener(SWT.Selection, e -> filterByCell(null, null));
        ((GridData) cellFilterLink.getLayoutData()).exclude = true;
        cellFilterLink.setVisible(false);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setUseHashlookup(true);
        // A case is the same node while its summary changes (an edit, a coding), so it stays open with its documents.
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof CaseSummary x && b instanceof CaseSummary y ? x.id().equals(y.id()) : Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof CaseSummary s ? s.id().hashCode() : element.hashCode();
            }
        });
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement instanceof CaseSummary s) {
                    return CaseDocument.of(session(), s.id()).toArray(); // the documents the case draws on
                }
                return parentElement instanceof Group g ? g.cases().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.cases().isEmpty()
                        || element instanceof CaseSummary s && !CaseDocument.of(session(), s.id()).isEmpty();
            }
        });
        Image document = CaseDocument.icon(viewer.getControl());
        // Decorated so that other bundles (sharing marks changed cases) can mark cases without this view knowing them.
        viewer.setLabelProvider(new DecoratingLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof CaseDocument d) {
                    return d.title();
                }
                return element instanceof CaseSummary s ? s.name() : String.valueOf(element);
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof CaseDocument ? document : null;
            }
        }, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()));
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
        makeActions();
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, selection);
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.getToolBarManager().add(newCase);
        bars.getToolBarManager().add(compare);
    }

    /** Puts the cursor in the filter box with its text selected (Edit > Find). */
    public void focusFilter() {
        filter.setFocus();
        filter.selectAll();
    }

    /** Compares the selected cases (2 to 5), as the Compare button does. */
    public void compareSelected() {
        compare.run();
    }

    private void makeActions() {
        newCase = new Action("New Case...") {
            @Override
            public void run() {
                newCase();
            }
        };
        newCase.setToolTipText("New case in the open library");
        duplicate = new Action("Duplicate") {
            @Override
            public void run() {
                List<Case> cases = selectedCases();
                WorkbenchSession s = session();
                if (cases.size() == 1 && s != null) {
                    s.execute(s.cases().duplicate(cases.get(0)));
                }
            }
        };
        delete = new Action("Delete...") {
            @Override
            public void run() {
                deleteSelected(true);
            }
        };
        delete.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_DELETE);
        compare = new Action("Compare") {
            @Override
            public void run() {
                try {
                    ComparisonView view = (ComparisonView) getSite().getPage().showView(ComparisonView.ID);
                    view.compare(selectedCases());
                } catch (PartInitException e) {
                    ErrorDialog.openError(getSite().getShell(), "Compare", e.getMessage(), e.getStatus());
                }
            }
        };
        compare.setToolTipText("Compare the selected cases (2 to 5) side by side");
    }

    private void fillContextMenu(IMenuManager m) {
        boolean loaded = session() != null && session().isLoaded();
        List<Case> cases = selectedCases();
        newCase.setEnabled(loaded);
        duplicate.setEnabled(loaded && cases.size() == 1);
        delete.setEnabled(loaded && !cases.isEmpty());
        compare.setEnabled(loaded && cases.size() >= 2 && cases.size() <= 5);
        Action open = new Action("&Open") {
            @Override
            public void run() {
                cases.forEach(c -> session().openCase(c));
            }
        };
        open.setEnabled(loaded && !cases.isEmpty());
        m.add(open);
        m.add(new Separator());
        m.add(newCase);
        m.add(duplicate);
        m.add(delete);
        m.add(new Separator());
        m.add(compare);
        Action validate = new Action("&Validate All Cases") {
            @Override
            public void run() {
                try {
                    ((org.coprod.ui.problems.ProblemsView) getSite().getPage().showView(org.coprod.ui.problems.ProblemsView.ID))
                            .validateAll();
                } catch (PartInitException e) {
                    ErrorDialog.openError(getSite().getShell(), "Validate", e.getMessage(), e.getStatus());
                }
            }
        };
        validate.setEnabled(loaded);
        m.add(validate);
        // Export Brief (export.ui) and Find Similar Cases (search.ui) are contributed here by their bundles.
        m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Asks a name and adds a new case; opens it. */
    public void newCase() {
        WorkbenchSession s = session();
        if (s == null || !s.isLoaded()) {
            MessageDialog.openInformation(getSite().getShell(), "New Case", "The library is still loading; try again in a moment.");
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "New Case", "Name of the new case:", "", v -> v.isBlank() ? "Enter a name"
                : null);
        if (d.open() == Window.OK) {
            Command c = s.cases().newCase(d.getValue().trim());
            if (s.execute(c)) {
                c.getResult().stream().filter(Case.class::isInstance).map(Case.class::cast).findFirst().ifPresent(s::openCase);
            }
        }
    }

    /** Deletes the selected cases, after asking when {@code confirm}; undoable until saved. */
    public boolean deleteSelected(boolean confirm) {
        List<Case> cases = selectedCases();
        WorkbenchSession s = session();
        if (cases.isEmpty() || s == null) {
            return false;
        }
        String what = cases.size() == 1 ? "'" + org.coprod.ui.editor.Names.of(cases.get(0)) + "'" : cases.size() + " cases";
        if (confirm && !MessageDialog.openConfirm(getSite().getShell(), "Delete",
                "Delete " + what + "? You can undo this until the library is saved; saving deletes the case files.")) {
            return false;
        }
        return s.execute(s.cases().delete(cases));
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
        cellTypology = typologyId;
        cellCode = code;
        boolean on = code != null;
        cellFilterLink.setText(on ? "Cases coded in " + code + "  <a>Show all</a>" : "");
        cellFilterLink.setVisible(on);
        ((GridData) cellFilterLink.getLayoutData()).exclude = !on;
        cellFilterLink.getParent().layout();
        refresh();
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
        String f = filter.getText();
        List<CaseSummary> shown = new ArrayList<>(all.size());
        for (CaseSummary c : all) {
            if (c.matches(f) && (cellCode == null || c.codedIn(cellTypology, cellCode))) {
                shown.add(c);
            }
        }
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
    }

    @Override
    protected void activated(WorkbenchSession session) {
        cellCode = null;
        refresh();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    protected void closed() {
        cellCode = null;
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
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class && s != null) {
            org.eclipse.ui.views.properties.PropertySheetPage page = new org.eclipse.ui.views.properties.PropertySheetPage();
            page.setPropertySourceProvider(org.coprod.ui.emf.EmfPropertySource.provider(new org.coprod.ui.emf.ItemLabels(
                    s.adapterFactory()).delegator()));
            return (T) page;
        }
        return super.getAdapter(type);
    }
}
