package org.coprod.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coprod.atlas.Projection;
import org.coprod.atlas.Region;
import org.coprod.model.Case;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.navigator.CaseFilter;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map on a real shell over the sample library: its counts against the model's, hover, click and region. */
class CaseMapTests {

    private static final double[] BRASILIA = {-47.88, -15.79};
    /** Large countries with a point well inside each, to find ones the sample library has no case from. */
    private static final Map<String, double[]> INTERIORS = new LinkedHashMap<>();

    static {
        INTERIORS.put("DZ", new double[] {3, 28});
        INTERIORS.put("MN", new double[] {103, 46});
        INTERIORS.put("KZ", new double[] {67, 48});
        INTERIORS.put("LY", new double[] {17, 27});
        INTERIORS.put("SA", new double[] {45, 24});
        INTERIORS.put("SD", new double[] {30, 15});
        INTERIORS.put("CA", new double[] {-100, 58});
        INTERIORS.put("AU", new double[] {134, -25});
        INTERIORS.put("RU", new double[] {90, 62});
    }

    @TempDir
    Path dir;
    private Shell shell;
    private CaseMap map;
    private WorkbenchSession session;

    @BeforeEach
    void open() throws Exception {
        session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        map = new CaseMap(shell);
        shell.setSize(1000, 650);
        shell.layout(true, true);
        shell.open();
        map.show(CountryCounts.of(session.summaries()), null);
        paint();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    /** Cases per country counted from the model's cases themselves, each case once per country it names. */
    private Map<String, Integer> modelCounts(List<Case> cases) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Case c : cases) {
            for (String code : new TreeSet<>(c.getCountries())) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void eachCountryCountsTheLibrarysCasesThere() {
        List<Case> cases = session.library().root().getCases();
        Map<String, Integer> expected = modelCounts(cases);
        assertTrue(expected.size() >= 3, "the sample library spans several countries: " + expected);
        assertEquals(expected, new TreeMap<>(map.counts().perCountry()));
        assertEquals(cases.size(), map.counts().cases());
        assertTrue(map.summaryText().startsWith(cases.size() + " cases in " + expected.size() + " countries"), map.summaryText());
    }

    /** Countries of {@link #INTERIORS} the model's cases never name. */
    private List<String> withoutCases() {
        Map<String, Integer> counted = modelCounts(session.library().root().getCases());
        List<String> none = INTERIORS.keySet().stream().filter(code -> !counted.containsKey(code)).toList();
        assertTrue(none.size() >= 2, "the sample library leaves some large countries out: " + counted.keySet());
        return none;
    }

    @Test
    void theLineAboveSaysWhatTheMapCannotPlace() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CaseSummary singapore = CaseSummary.ofCells("sg", "Singapore case", List.of("SG"), List.of(), "", "", null, List.of());
            CaseSummary nowhere = CaseSummary.ofCells("none", "Regional case", List.of(), List.of(), "", "", null, List.of());
            CaseSummary brazil = CaseSummary.ofCells("br", "Brazilian case", List.of("BR", "BR"), List.of(), "", "", null,
                    List.of());
            map.show(CountryCounts.of(List.of(singapore, nowhere, brazil)), "BR");
            assertEquals("3 cases in 2 countries · 1 without a country · too small for this map: Singapore 1"
                    + " · library filtered to Brazil", map.summaryText());
            assertEquals(1, map.counts().of("BR"), "a country named twice counts its case once");
            map.show(CountryCounts.of(List.of(brazil)), null);
            assertEquals("1 case in 1 country", map.summaryText(), "nothing unplaced: nothing said about it");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aCountryWithCasesIsShadedUnlikeOneWithout() {
        assertTrue(map.counts().of("BR") > 0, "the sample library has Brazilian cases");
        List<String> none = withoutCases();
        double[] a = INTERIORS.get(none.get(0));
        double[] b = INTERIORS.get(none.get(1));
        assertEquals(0, map.counts().of(none.get(0)));
        assertNotEquals(pixelAt(BRASILIA[0], BRASILIA[1]), pixelAt(a[0], a[1]));
        assertEquals(pixelAt(a[0], a[1]), pixelAt(b[0], b[1]), none + ": both without cases, both look alike");
    }

    @Test
    void hoverNamesTheCountryAndItsCountInTheWorkbenchsLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            hoverSays();
            Locale.setDefault(Locale.of("pt", "BR"));
            Point p = pixel(BRASILIA[0], BRASILIA[1]);
            assertTrue(map.tooltipAt(p.x, p.y).startsWith("Brasil (BR): "), map.tooltipAt(p.x, p.y));
        } finally {
            Locale.setDefault(before);
        }
    }

    private void hoverSays() {
        Point p = pixel(BRASILIA[0], BRASILIA[1]);
        int brazil = map.counts().of("BR");
        assertEquals("Brazil (BR): " + brazil + (brazil == 1 ? " case" : " cases"), map.tooltipAt(p.x, p.y));
        String code = withoutCases().get(0);
        Point none = pixel(INTERIORS.get(code)[0], INTERIORS.get(code)[1]);
        assertTrue(map.tooltipAt(none.x, none.y).endsWith(" (" + code + "): 0 cases"), map.tooltipAt(none.x, none.y));
        Point sea = pixel(-30, 0);
        assertNull(map.tooltipAt(sea.x, sea.y));
    }

    @Test
    void aClickNamesTheCountryAndItsFilterShowsItsCases() {
        List<String> clicked = new ArrayList<>();
        map.onCountryClicked(clicked::add);
        click(pixel(BRASILIA[0], BRASILIA[1]));
        click(pixel(-30, 0));
        assertEquals(Arrays.asList("BR", null), clicked);

        CaseFilter kept = CaseFilter.NONE.inCountry(clicked.get(0));
        Set<String> shown = new TreeSet<>();
        session.summaries().stream().filter(kept::shows).map(CaseSummary::id).forEach(shown::add);
        Set<String> brazilian = new TreeSet<>();
        session.library().root().getCases().stream().filter(c -> c.getCountries().contains("BR")).map(Case::getId)
                .forEach(brazilian::add);
        assertEquals(brazilian, shown);
        assertTrue(brazilian.size() < session.library().root().getCases().size(), "the filter leaves other countries out");
        assertEquals(modelCounts(session.library().root().getCases()),
                new TreeMap<>(CountryCounts.of(session.summaries().stream().filter(kept.anyCountry()::shows).toList())
                        .perCountry()), "the map counts in any country, so the others stay shaded");
    }

    @Test
    void theRegionDropDownZoomsTheMap() {
        map.regionCombo().select(Region.AFRICA.ordinal());
        map.regionCombo().notifyListeners(SWT.Selection, new Event());
        assertEquals(Region.AFRICA, map.region());
        paint();
        Point johannesburg = pixel(28.04, -26.2);
        assertEquals("ZA", map.countryAt(johannesburg.x, johannesburg.y));
        Point size = map.canvas().getSize();
        assertEquals(size.x, map.imageData().width, "the image is drawn again at the canvas's size");
    }

    private void paint() {
        map.canvas().redraw();
        map.canvas().update();
        Display display = shell.getDisplay();
        long until = System.currentTimeMillis() + 5000;
        while (map.imageData() == null && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // let the paint finish
        }
        assertNotNull(map.imageData(), "the map painted");
    }

    private Point pixel(double longitude, double latitude) {
        Point size = map.canvas().getSize();
        Point2D p = new Projection(map.region(), size.x, size.y).project(longitude, latitude);
        return new Point((int) p.getX(), (int) p.getY());
    }

    private int pixelAt(double longitude, double latitude) {
        Point p = pixel(longitude, latitude);
        ImageData data = map.imageData();
        return data.getPixel(p.x, p.y);
    }

    private void click(Point p) {
        Event up = new Event();
        up.x = p.x;
        up.y = p.y;
        up.button = 1;
        map.canvas().notifyListeners(SWT.MouseUp, up);
    }
}
