package org.coprod.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coprod.core.Library;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.SearchRequest;
import org.coprod.search.SearchResults;
import org.coprod.testing.SampleLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search view's facet tree on a real shell, over a real index of the sample library, ticked as a user ticks. */
class FacetTreeTests {

    @TempDir
    Path dir;
    private Library library;
    private CaseIndex index;
    private Shell shell;
    private FacetTree tree;
    private SearchResults last;

    @BeforeEach
    void open() throws Exception {
        library = SampleLibraries.copyTo(dir.resolve("sample"));
        index = CaseIndex.open(library);
        index.synchronize(new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        // As the Search view does: every tick searches again with what is ticked, and shows the new counts.
        tree = new FacetTree(shell, this::search);
        shell.setSize(400, 700);
        shell.open();
        search();
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        index.close();
    }

    private void search() {
        try {
            last = new CaseSearch(index).search(new SearchRequest("", tree.ticked(), 10, null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        tree.show(last.facets());
    }

    @Test
    void tickingOneCountryLeavesTheOthersToTickAndTwoCountriesCombine() {
        Set<String> countries = new TreeSet<>();
        library.root().getCases().forEach(c -> c.getCountries().forEach(code -> countries.add(code.toLowerCase(Locale.ROOT))));
        assertEquals(countries, countriesListed());

        tick("pk");
        assertEquals(countries, countriesListed(), "every country can still be ticked");
        assertEquals(cases("PK", "PK"), last.total());

        tick("br");
        assertEquals(Map.of("country", List.of(value("pk"), value("br"))), tree.ticked());
        assertEquals(cases("PK", "BR"), last.total(), "Pakistan or Brazil");
        assertTrue(item("pk").getChecked() && item("br").getChecked(), "both shown ticked");
        assertEquals(countries, countriesListed());
    }

    @Test
    void countriesAreListedByNameInTheWorkbenchsLanguageWithTheirCode() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es"));
            search();
            long pakistan = cases("PK", "PK");
            assertEquals("Pakistán (PK) — " + pakistan, item("pk").getText());
            Locale.setDefault(Locale.ENGLISH);
            search();
            assertEquals("Pakistan (PK) — " + pakistan, item("pk").getText());
        } finally {
            Locale.setDefault(before);
        }
    }

    /** How many cases of the model are in either country. */
    private long cases(String a, String b) {
        return library.root().getCases().stream().filter(c -> c.getCountries().contains(a) || c.getCountries().contains(b))
                .count();
    }

    /** Ticks a country's box as a click does: the check mark, then the selection event the tree sends. */
    private void tick(String country) {
        TreeItem item = item(country);
        item.setChecked(true);
        Event click = new Event();
        click.item = item;
        click.detail = SWT.CHECK;
        tree.tree().notifyListeners(SWT.Selection, click);
    }

    private TreeItem countryNode() {
        return Arrays.stream(tree.tree().getItems()).filter(i -> i.getText().equals("country")).findFirst().orElseThrow();
    }

    private TreeItem item(String country) {
        return Arrays.stream(countryNode().getItems())
                .filter(i -> ((FacetTree.FacetValue) i.getData()).value().equalsIgnoreCase(country)).findFirst()
                .orElseThrow(() -> new AssertionError(country + " is not listed: " + countriesListed()));
    }

    /** The value a country is ticked as, as the tree lists it. */
    private String value(String country) {
        return ((FacetTree.FacetValue) item(country).getData()).value();
    }

    private Set<String> countriesListed() {
        Set<String> listed = new TreeSet<>();
        for (TreeItem i : countryNode().getItems()) {
            listed.add(((FacetTree.FacetValue) i.getData()).value().toLowerCase(Locale.ROOT));
        }
        return listed;
    }
}
