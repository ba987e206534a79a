package org.coprod.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.coprod.core.Library;
import org.coprod.export.results.ResultFormat;
import org.coprod.search.CaseIndex;
import org.coprod.search.SearchHit;
import org.coprod.ui.documents.CaseDocument;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search view's widgets on a real shell over a real index of the sample library: a query typed, a facet ticked,
 * Search pressed, and Export writing exactly the cases the table shows.
 */
class SearchPanelExportTests {

    @TempDir
    Path dir;
    private Library library;
    private CaseIndex index;
    private Shell shell;
    private SearchPanel panel;

    @BeforeEach
    void open() throws Exception {
        library = SampleLibraries.copyTo(dir.resolve("sample"));
        index = CaseIndex.open(library);
        index.synchronize(new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        Composite body = new Composite(shell, SWT.NONE);
        panel = new SearchPanel(body, new SearchPanel.Source() {
            @Override
            public Optional<CaseIndex> index() {
                return Optional.of(index);
            }

            @Override
            public String idleStatus() {
                return "ready";
            }
        }, new ArrayList<>(), () -> null, new HitTree.Opener() {
            @Override
            public void openCase(SearchHit hit) {
            }

            @Override
            public void openDocument(CaseDocument document) {
            }
        });
        shell.setSize(1000, 700);
        shell.open();
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        index.close();
    }

    @Test
    void exportWritesTheCasesTheQueryAndTheTickedFacetShow() throws Exception {
        assertFalse(panel.shown().isPresent(), "nothing to export before a search");
        panel.query.setText("community");
        press("Search");
        tick("country", "pk");
        List<String> shown = new ArrayList<>();
        for (TreeItem item : panel.results.viewer().getTree().getItems()) {
            shown.add(((SearchHit) item.getData()).id());
        }
        assertTrue(shown.size() > 1 && shown.size() < library.root().getCases().size(), shown.toString());
        shown.forEach(id -> assertTrue(library.findCase(id).orElseThrow().getCountries().contains("PK"), id));

        Path file = dir.resolve("shown.csv");
        Job job = panel.export(file, ResultFormat.CSV, false, library);
        assertNotNull(job);
        job.join();
        assertTrue(job.getResult().isOK() || job.getResult().getSeverity() == IStatus.INFO, job.getResult().getMessage());
        assertEquals(shown, ids(file));
        drain();
        assertEquals(shown.size() + " cases exported to " + file, panel.status.getText());

        Job again = panel.export(file, ResultFormat.CSV, false, library);
        again.join();
        assertEquals(IStatus.ERROR, again.getResult().getSeverity());
        assertTrue(again.getResult().getMessage().contains("already exists"), again.getResult().getMessage());
        assertEquals(shown, ids(file), "the first export is kept");
    }

    private void press(String label) {
        Button button = find(shell, Button.class, b -> label.equals(b.getText()));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Ticks a facet value's box as a click does: the check mark, then the selection event the tree sends. */
    private void tick(String dimension, String value) {
        TreeItem node = Arrays.stream(panel.facets.tree().getItems()).filter(i -> i.getText().equals(dimension)).findFirst()
                .orElseThrow();
        TreeItem item = Arrays.stream(node.getItems())
                .filter(i -> ((FacetTree.FacetValue) i.getData()).value().equalsIgnoreCase(value)).findFirst().orElseThrow();
        item.setChecked(true);
        Event click = new Event();
        click.item = item;
        click.detail = SWT.CHECK;
        panel.facets.tree().notifyListeners(SWT.Selection, click);
    }

    private static List<String> ids(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return p.getRecords().stream().skip(1).map(r -> r.get(0)).toList();
        }
    }

    private void drain() {
        Display d = shell.getDisplay();
        long until = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < until && !panel.status.getText().contains("exported")) {
            if (!d.readAndDispatch()) {
                d.timerExec(50, () -> {
                }); // wakes the sleep below even when no event comes
                d.sleep();
            }
        }
    }

    private static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> test) {
        for (Control c : root.getChildren()) {
            if (type.isInstance(c) && test.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Composite k) {
                T found = find(k, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
