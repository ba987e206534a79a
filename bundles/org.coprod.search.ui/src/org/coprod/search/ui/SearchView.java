package org.coprod.search.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.Precedents;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.coprod.search.SearchResults;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Search view: a query box with history, facet values with counts to tick, and the matching cases with
 * highlighted snippets; a double-click opens the case. Also shows the precedents of a case ("Find Similar Cases").
 */
public class SearchView extends ViewPart implements LibraryIndex.Listener {

    public static final String ID = "org.coprod.search.ui.searchView";

    private static final int HISTORY = 20;
    private static final int LIMIT = 100;

    private final List<String> history = new ArrayList<>();
    private Combo query;
    private Combo order;
    private Label status;
    private FacetTree facets;
    private TableViewer results;
    /** A case whose precedents were asked for before the index was open. */
    private Case pendingSimilar;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            for (IMemento m : memento.getChildren("query")) {
                if (m.getTextData() != null) {
                    history.add(m.getTextData());
                }
            }
        }
    }

    @Override
    public void saveState(IMemento memento) {
        for (String q : history) {
            memento.createChild("query").putTextData(q);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(1).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        query = new Combo(bar, SWT.DROP_DOWN);
        query.setItems(history.toArray(String[]::new));
        query.setToolTipText(Messages.Search_queryTip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> search());
        order = new Combo(bar, SWT.READ_ONLY);
        order.setItems(Messages.Search_byRelevance, Messages.Search_byYear);
        order.select(0);
        order.addListener(SWT.Selection, e -> search());
        Button go = new Button(bar, SWT.PUSH);
        go.setText(Messages.Search_go);
        go.addListener(SWT.Selection, e -> search());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        facets = new FacetTree(sash, this::search);
        results = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        results.getTable().setHeaderVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Search_columnCase, 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return ((SearchHit) e).name();
            }

            @Override
            public String getToolTipText(Object e) {
                return ((SearchHit) e).id();
            }
        });
        column(Messages.Search_columnYear, 50, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                Integer y = ((SearchHit) e).year();
                return y == null ? "" : y.toString();
            }
        });
        column(Messages.Search_columnScore, 55, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return String.format(Locale.ROOT, "%.1f", ((SearchHit) e).score());
            }
        });
        TableViewerColumn snippet = new TableViewerColumn(results, SWT.NONE);
        snippet.getColumn().setText(Messages.Search_columnWhere);
        snippet.getColumn().setWidth(600);
        snippet.setLabelProvider(new DelegatingStyledCellLabelProvider(new SnippetStyles()));
        results.addDoubleClickListener(e -> openSelected());
        sash.setWeights(1, 3);

        Action rebuild = new Action(Messages.Search_rebuild) {
            @Override
            public void run() {
                LibraryIndex.get().rebuild();
                status.setText(Messages.Search_rebuilding);
            }
        };
        getViewSite().getActionBars().getMenuManager().add(rebuild);
        getSite().setSelectionProvider(results);
        // Other bundles' commands (and Find Similar Cases) appear on the results' context menu.
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        results.getTable().setMenu(menu.createContextMenu(results.getTable()));
        getSite().registerContextMenu(menu, results);

        LibraryIndex.get().addListener(this);
        refreshStatus();
    }

    private void column(String title, int width, ColumnLabelProvider label) {
        TableViewerColumn c = new TableViewerColumn(results, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(label);
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    /** Shows the precedents of a case: the cases most like it. */
    public void showSimilar(Case c) {
        CaseIndex index = LibraryIndex.get().index().orElse(null);
        if (index == null) {
            pendingSimilar = c; // shown when the index is ready
            status.setText(Messages.Search_opening);
            return;
        }
        pendingSimilar = null;
        try {
            List<SearchHit> hits = new Precedents(index).like(c, 25);
            results.setInput(hits);
            facets.clear();
            status.setText(NLS.bind(Messages.Search_similar, c.getName()));
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Search_similarFailed, e.getMessage()));
        }
    }

    /** Runs the query in the box with the ticked facet values. */
    public void search() {
        CaseIndex index = LibraryIndex.get().index().orElse(null);
        if (index == null) {
            refreshStatus();
            return;
        }
        String text = query.getText().trim();
        remember(text);
        SearchRequest request = new SearchRequest(text, facets.ticked(), LIMIT,
                order.getSelectionIndex() == 1 ? SearchRequest.Order.YEAR : SearchRequest.Order.RELEVANCE);
        try {
            SearchResults r = new CaseSearch(index).search(request);
            results.setInput(r.hits());
            facets.show(r.facets());
            String matches = NLS.bind(r.total() == 1 ? Messages.Search_oneMatch : Messages.Search_matches, r.total());
            String shown = r.hits().size() < r.total() ? NLS.bind(Messages.Search_showingFirst, r.hits().size()) : "";
            status.setText(NLS.bind(Messages.Search_resultStatus, matches, shown));
        } catch (QuerySyntaxException e) {
            status.setText(e.getMessage());
            if (e.column() > 0) {
                int at = Math.min(e.column() - 1, query.getText().length());
                query.setSelection(new Point(at, at));
            }
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Search_failed, e.getMessage()));
        }
        status.getParent().layout(true, true);
    }

    private void remember(String text) {
        if (text.isEmpty()) {
            return;
        }
        history.remove(text);
        history.add(0, text);
        while (history.size() > HISTORY) {
            history.remove(history.size() - 1);
        }
        query.setItems(history.toArray(String[]::new));
        query.setText(text);
    }

    private void openSelected() {
        WorkbenchSession session = LibraryIndex.get().session().orElse(null);
        if (session == null) {
            return;
        }
        for (Object o : ((IStructuredSelection) results.getSelection()).toList()) {
            session.openCase(((SearchHit) o).id());
        }
    }

    private void refreshStatus() {
        LibraryIndex li = LibraryIndex.get();
        if (li.problem().isPresent()) {
            status.setText(li.problem().get());
        } else if (li.library().isEmpty()) {
            status.setText(Messages.Search_noLibrary);
        } else if (li.index().isEmpty()) {
            status.setText(Messages.Search_opening);
        } else {
            // Say where the index is when it cannot be kept in the library (a read-only library, a link).
            status.setText(Messages.Search_prompt
                    + li.index().flatMap(CaseIndex::movedBecause).map(m -> " (" + m + ")").orElse(""));
        }
    }

    @Override
    public void indexChanged(LibraryIndex index) {
        if (query == null || query.isDisposed()) {
            return;
        }
        query.getDisplay().asyncExec(() -> {
            if (!query.isDisposed()) {
                if (pendingSimilar != null) {
                    showSimilar(pendingSimilar);
                } else if (results.getInput() == null) {
                    refreshStatus();
                } else {
                    search();
                }
            }
        });
    }

    @Override
    public void dispose() {
        LibraryIndex.get().removeListener(this);
        super.dispose();
    }

    /** The snippet column: matched words in bold. */
    private static final class SnippetStyles extends LabelProvider
            implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            return SnippetLabel.of(((SearchHit) element).snippet());
        }

        @Override
        public Image getImage(Object element) {
            return null;
        }
    }
}
