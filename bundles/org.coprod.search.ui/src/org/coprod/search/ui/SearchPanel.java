package org.coprod.search.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.coprod.core.Library;
import org.coprod.export.results.ResultFormat;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.Precedents;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.coprod.search.SearchResults;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The widgets of the Search view: a query box with history, facet values with counts to tick, and the matching cases
 * with highlighted snippets; it remembers the request whose cases it shows, which is what Export writes.
 */
final class SearchPanel {

    /** Where the panel finds its index, and what it says while there is none. */
    interface Source {
        Optional<CaseIndex> index();

        String idleStatus();
    }

    static final int LIMIT = 100;
    private static final int HISTORY = 20;

    private final Source source;
    private final List<String> history;
    final Combo query;
    final Combo order;
    final Label status;
    final FacetTree facets;
    final HitTree results;
    /** The request whose cases the table shows; none when it shows precedents or nothing. */
    private SearchRequest shown;
    private long shownTotal;
    private Runnable shownChanged = () -> {
    };

    /**
     * @param history the queries typed before, most recent first: the panel adds to it
     * @param session the library whose loaded cases show their documents under them
     */
    SearchPanel(Composite parent, Source source, List<String> history, Supplier<WorkbenchSession> session, HitTree.Opener opener) {
        this.source = source;
        this.history = history;
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
        results = new HitTree(sash, session, opener);
        sash.setWeights(1, 3);
        refreshStatus();
    }

    /** Told whenever the shown request changes (to enable Export). */
    void onShownChanged(Runnable r) {
        shownChanged = r;
    }

    /** The request whose matching cases the table shows, if it shows a search's. */
    Optional<SearchRequest> shown() {
        return Optional.ofNullable(shown);
    }

    /** How many cases match the shown request (the table holds the first {@value #LIMIT}). */
    long shownTotal() {
        return shownTotal;
    }

    private void show(SearchRequest request, long total) {
        shown = request;
        shownTotal = total;
        shownChanged.run();
    }

    /** Shows the precedents of a case: the cases most like it. */
    void showSimilar(Case c, CaseIndex index) {
        try {
            List<SearchHit> hits = new Precedents(index).like(c, 25);
            results.show(hits);
            facets.clear();
            show(null, 0);
            status.setText("Cases most like \u201c" + c.getName() + "\u201d (shared words, cell, sector and country), most similar first");
        } catch (IOException | RuntimeException e) {
            status.setText("Cannot find similar cases: " + e.getMessage());
        }
    }

    /** Runs the query in the box with the ticked facet values. */
    void search() {
        CaseIndex index = source.index().orElse(null);
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
            show(request, r.total());
            status.setText(r.total() + (r.total() == 1 ? " case matches" : " cases match")
                    + (r.hits().size() < r.total() ? " (showing the first " + r.hits().size() + ")" : "")
                    + ". Double-click a case to open it.");
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

    /**
     * Exports every case the shown request matches to the file, as a {@link ResultsExportJob}; when it ends the status
     * line says what it wrote (an error is also reported by the job framework). Null when no search is shown.
     */
    Job export(Path file, ResultFormat format, boolean overwrite, Library library) {
        CaseIndex index = source.index().orElse(null);
        if (shown == null || index == null || library == null) {
            say("Search first: Export writes the cases a search shows.");
            return null;
        }
        ResultsExportJob job = new ResultsExportJob(index, shown, library, file, format, overwrite);
        Display display = status.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        say(result.getSeverity() == IStatus.CANCEL ? "The export was cancelled; nothing was written." : result.getMessage());
                    }
                });
            }
        });
        say("Exporting " + shownTotal + (shownTotal == 1 ? " case" : " cases") + " to " + file.getFileName() + "…");
        job.schedule();
        return job;
    }

    /** Says something in the status line. */
    void say(String text) {
        status.setText(text);
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

    void refreshStatus() {
        status.setText(source.idleStatus());
    }

    /** Runs on each selected hit. */
    void forSelected(Consumer<SearchHit> action) {
        for (Object o : results.viewer().getStructuredSelection().toList()) {
            if (o instanceof SearchHit hit) {
                action.accept(hit);
            }
        }
    }
}
