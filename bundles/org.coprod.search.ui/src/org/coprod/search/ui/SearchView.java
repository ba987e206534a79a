package org.coprod.search.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.Precedents;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.coprod.search.SearchResults;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CaseDocument;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
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
 * highlighted snippets and, under each case, its documents; a double-click opens the case or the document. Also shows
 * the precedents of a case ("Find Similar Cases").
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
    private HitTree results;
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
        query.setToolTipText("Words, \"phrases\", AND/OR/NOT, wildcards (sanit*), fields: country:BR cell:P2-D2 "
                + "sector:sanitation actor:\"Orangi Pilot Project\" year:[1990 TO 2000]");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> search());
        order = new Combo(bar, SWT.READ_ONLY);
        order.setItems("By relevance", "By year");
        order.select(0);
        order.addListener(SWT.Selection, e -> search());
        Button go = new Button(bar, SWT.PUSH);
        go.setText("Search");
        go.addListener(SWT.Selection, e -> search());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        facets = new FacetTree(sash, this::search);
        results = new HitTree(sash, WorkbenchSession::current, new HitTree.Opener() {
            @Override
            public void openCase(SearchHit hit) {
                WorkbenchSession session = WorkbenchSession.current();
                if (session != null) {
                    session.openCase(hit.id());
                }
            }

            @Override
            public void openDocument(CaseDocument document) {
                WorkbenchSession session = WorkbenchSession.current();
                if (session != null) {
                    document.open(getSite().getPage(), session);
                }
            }
        });
        sash.setWeights(1, 3);

        Action rebuild = new Action("Rebuild Search Index") {
            @Override
            public void run() {
                LibraryIndex.get().rebuild();
                status.setText("Rebuilding the search index in the background…");
            }
        };
        getViewSite().getActionBars().getMenuManager().add(rebuild);
        getSite().setSelectionProvider(results.viewer());
        // Other bundles' commands (and Find Similar Cases) appear on the results' context menu.
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        results.viewer().getTree().setMenu(menu.createContextMenu(results.viewer().getTree()));
        getSite().registerContextMenu(menu, results.viewer());

        LibraryIndex.get().addListener(this);
        refreshStatus();
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
            status.setText("Opening the search index…");
            return;
        }
        pendingSimilar = null;
        try {
            List<SearchHit> hits = new Precedents(index).like(c, 25);
            results.show(hits);
            facets.clear();
            status.setText("Cases most like \u201c" + c.getName() + "\u201d (shared words, cell, sector and country), most similar first");
        } catch (IOException | RuntimeException e) {
            status.setText("Cannot find similar cases: " + e.getMessage());
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
            results.show(r.hits());
            facets.show(r.facets());
            status.setText(r.total() + (r.total() == 1 ? " case matches" : " cases match")
                    + (r.hits().size() < r.total() ? " (showing the first " + r.hits().size() + ")" : "")
                    + ". Double-click a case or one of its documents to open it.");
        } catch (QuerySyntaxException e) {
            status.setText(e.getMessage());
            if (e.column() > 0) {
                int at = Math.min(e.column() - 1, query.getText().length());
                query.setSelection(new Point(at, at));
            }
        } catch (IOException | RuntimeException e) {
            status.setText("The search failed: " + e.getMessage());
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

    private void refreshStatus() {
        LibraryIndex li = LibraryIndex.get();
        if (li.problem().isPresent()) {
            status.setText(li.problem().get());
        } else if (li.library().isEmpty()) {
            status.setText("Open a library to search its cases.");
        } else if (li.index().isEmpty()) {
            status.setText("Opening the search index…");
        } else {
            // Say where the index is when it cannot be kept in the library (a read-only library, a link).
            status.setText("Type a description of the cases you want, or tick facet values to browse."
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
                } else if (results.input() == null) {
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
}
