package org.coprod.ui.map;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.coprod.atlas.Atlas;
import org.coprod.atlas.Region;
import org.coprod.atlas.WorldMap;
import org.coprod.core.Countries;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/**
 * The map of cases per country: a choropleth drawn by the atlas bundle's {@link WorldMap}, redrawn at the canvas's
 * size, a region to zoom to, the country's name and count on hover, and a click that names the country it hit.
 */
public class CaseMap extends Composite {

    /** The regions offered, in the order of the drop-down, with their labels. */
    private static final Region[] REGIONS = Region.values();
    private static final String[] REGION_LABELS = {"World", "Africa", "South Asia", "Latin America", "Europe"};
    private static final WorldMap.Legend LEGEND = new WorldMap.Legend("Cases", "none");

    private final WorldMap worldMap = new WorldMap(Atlas.world());
    private final Combo region;
    private final Label summary;
    private final Canvas canvas;
    private CountryCounts counts = CountryCounts.of(List.of());
    private String chosen;
    private Image image;
    private Point imageSize;
    private Consumer<String> clicked = code -> { };

    public CaseMap(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(3, false));
        new Label(this, SWT.NONE).setText("Region:");
        region = new Combo(this, SWT.READ_ONLY);
        region.setItems(REGION_LABELS);
        region.select(0);
        region.addListener(SWT.Selection, e -> repaint());
        summary = new Label(this, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        canvas.addListener(SWT.Resize, e -> repaint());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltipAt(e.x, e.y)));
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                clicked.accept(countryAt(e.x, e.y));
            }
        });
        addListener(SWT.Dispose, e -> disposeImage());
    }

    /** Shows these counts; {@code chosenCountry} (or null) is the country the library is filtered to. */
    public void show(CountryCounts shown, String chosenCountry) {
        counts = shown;
        chosen = chosenCountry;
        summary.setText(describe());
        layout(new Control[] {summary});
        repaint();
    }

    /** Called with the country clicked, or null for a click beside every country. */
    public void onCountryClicked(Consumer<String> listener) {
        clicked = listener;
    }

    /** Zooms to a region. */
    public void zoom(Region to) {
        region.select(to.ordinal());
        repaint();
    }

    public Region region() {
        return REGIONS[Math.max(0, region.getSelectionIndex())];
    }

    public CountryCounts counts() {
        return counts;
    }

    public Canvas canvas() {
        return canvas;
    }

    public Combo regionCombo() {
        return region;
    }

    /** The line above the map: cases shown, countries, and the cases the map cannot place. */
    public String summaryText() {
        return summary.getText();
    }

    /** The country under a pixel of the canvas, or null. */
    public String countryAt(int x, int y) {
        Point size = canvas.getSize();
        return worldMap.countryAt(x, y, size.x, size.y, region());
    }

    /** What hovering over a pixel says: the country's name in the workbench's language and its cases; null off land. */
    public String tooltipAt(int x, int y) {
        String code = countryAt(x, y);
        if (code == null) {
            return null;
        }
        int n = counts.of(code);
        return Countries.label(code, Locale.getDefault()) + ": " + (n == 1 ? "1 case" : n + " cases");
    }

    /** The drawn image as SWT holds it, for tests and screenshots; null before the first paint. */
    public ImageData imageData() {
        return image == null ? null : image.getImageData();
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        int countries = counts.perCountry().size();
        parts.add((counts.cases() == 1 ? "1 case" : counts.cases() + " cases")
                + (countries == 1 ? " in 1 country" : " in " + countries + " countries"));
        if (counts.withoutCountry() > 0) {
            parts.add(counts.withoutCountry() + " without a country");
        }
        List<String> unmapped = new ArrayList<>();
        counts.perCountry().forEach((code, n) -> {
            if (Atlas.world().country(code) == null) {
                unmapped.add(Countries.name(code, Locale.getDefault()) + " " + n);
            }
        });
        if (!unmapped.isEmpty()) {
            parts.add("too small for this map: " + String.join(", ", unmapped));
        }
        if (chosen != null) {
            parts.add("library filtered to " + Countries.name(chosen, Locale.getDefault()));
        }
        return String.join(" · ", parts);
    }

    private void repaint() {
        imageSize = null;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(Event e) {
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        if (image == null || !size.equals(imageSize)) {
            disposeImage();
            BufferedImage drawn = worldMap.render(counts.perCountry(), size.x, size.y, region(), LEGEND, chosen);
            image = new Image(canvas.getDisplay(), toSwt(drawn));
            imageSize = size;
        }
        e.gc.drawImage(image, 0, 0);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** An AWT image as SWT image data: both hold 0xRRGGBB pixels in a row, so rows copy across as they are. */
    static ImageData toSwt(BufferedImage drawn) {
        int width = drawn.getWidth();
        ImageData data = new ImageData(width, drawn.getHeight(), 32, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < drawn.getHeight(); y++) {
            drawn.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
