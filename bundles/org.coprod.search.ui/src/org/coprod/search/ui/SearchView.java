package org.coprod.search.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coprod.export.results.ResultFormat;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.SearchHit;
import org.coprod.ui.documents.CaseDocument;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Search view: a query box with history, facet values with counts to tick, and the matching cases with
 * highlighted snippets ({@link SearchPanel}); a double-click opens the case, Export Results writes every case the query
 * and facets match. Also shows the precedents of a case ("Find Similar Cases").
 */
public class SearchView extends ViewPart implements LibraryIndex.Listener {

    public static final String ID = "org.coprod.search.ui.searchView";

    /** The file types of Export Results, in the dialog's order. */
    private static final ResultFormat[] FORMATS = { ResultFormat.CSV, ResultFormat.XLSX, ResultFormat.PARTICIPEDIA };

    private final List<String> history = new ArrayList<>();
    private SearchPanel panel;
    private Action export;
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
        panel = new SearchPanel(parent, new SearchPanel.Source() {
            @Override
            public Optional<CaseIndex> index() {
                return LibraryIndex.get().index();
            }

            @Override
            public String idleStatus() {
                return SearchView.idleStatus();
            }
        }, history, () -> LibraryIndex.get().session().orElse(null), new HitTree.Opener() {
            @Override
            public void openCase(SearchHit hit) {
                LibraryIndex.get().session().ifPresent(s -> s.openCase(hit.id()));
            }

            @Override
            public void openDocument(CaseDocument document) {
                LibraryIndex.get().session().ifPresent(s -> document.open(getSite().getPage(), s));
            }
        });

        Action rebuild = new Action("Rebuild Search Index") {
            @Override
            public void run() {
                LibraryIndex.get().rebuild();
                panel.say("Rebuilding the search index in the background…");
            }
        };
        export = new Action("Export Results…") {
            @Override
            public void run() {
                exportResults();
            }
        };
        export.setToolTipText("Export every case the query and the ticked facets match: CSV, Excel or Participedia's case CSV");
        export.setEnabled(false);
        panel.onShownChanged(() -> export.setEnabled(panel.shown().isPresent()));
        getViewSite().getActionBars().getMenuManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(rebuild);
        getViewSite().getActionBars().getToolBarManager().add(export);
        getSite().setSelectionProvider(panel.results.viewer());
        // Other bundles' commands (and Find Similar Cases) appear on the results' context menu.
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        panel.results.viewer().getTree().setMenu(menu.createContextMenu(panel.results.viewer().getTree()));
        getSite().registerContextMenu(menu, panel.results.viewer());

        LibraryIndex.get().addListener(this);
        panel.refreshStatus();
    }

    @Override
    public void setFocus() {
        panel.query.setFocus();
    }

    /** Shows the precedents of a case: the cases most like it. */
    public void showSimilar(Case c) {
        CaseIndex index = LibraryIndex.get().index().orElse(null);
        if (index == null) {
            pendingSimilar = c; // shown when the index is ready
            panel.say("Opening the search index…");
            return;
        }
        pendingSimilar = null;
        panel.showSimilar(c, index);
    }

    /** Runs the query in the box with the ticked facet values. */
    public void search() {
        panel.search();
    }

    /** Asks where to, then exports in the background; the dialog asks before replacing a file. */
    private void exportResults() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export the " + panel.shownTotal() + " matching cases");
        dialog.setFilterNames(new String[] { "CSV, our columns (*.csv)", "Excel workbook, our columns (*.xlsx)",
                "Participedia case CSV (*.participedia.csv)" });
        dialog.setFilterExtensions(new String[] { "*.csv", "*.xlsx", "*.participedia.csv" });
        dialog.setFileName("cases.csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ResultFormat picked = FORMATS[Math.max(0, dialog.getFilterIndex())];
        Path file = Path.of(chosen);
        ResultFormat format = ResultFormat.of(file).orElse(null);
        if (format == null) {
            file = Path.of(chosen + "." + picked.extension());
            format = picked;
        } else if (format == ResultFormat.CSV && picked == ResultFormat.PARTICIPEDIA) {
            file = Path.of(chosen.substring(0, chosen.length() - ".csv".length()) + "." + picked.extension());
            format = picked;
        }
        // the dialog asked before replacing a file that exists
        panel.export(file, format, true, LibraryIndex.get().library().orElse(null));
    }


    private static String idleStatus() {
        LibraryIndex li = LibraryIndex.get();
        if (li.problem().isPresent()) {
            return li.problem().get();
        } else if (li.library().isEmpty()) {
            return "Open a library to search its cases.";
        } else if (li.index().isEmpty()) {
            return "Opening the search index…";
        }
        // Say where the index is when it cannot be kept in the library (a read-only library, a link).
        return "Type a description of the cases you want, or tick facet values to browse."
                + li.index().flatMap(CaseIndex::movedBecause).map(m -> " (" + m + ")").orElse("");
    }

    @Override
    public void indexChanged(LibraryIndex index) {
        if (panel == null || panel.query.isDisposed()) {
            return;
        }
        panel.query.getDisplay().asyncExec(() -> {
            if (!panel.query.isDisposed()) {
                if (pendingSimilar != null) {
                    showSimilar(pendingSimilar);
                } else if (panel.results.input() == null) {
                    panel.refreshStatus();
                } else {
                    panel.search();
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
