package org.coprod.atlas;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of cases per country: the atlas's countries shaded by their counts, on an image of a given size and
 * region, with a legend of the ranges; and the country under a pixel of such an image. Plain Java2D, so the Map view,
 * the briefs and the command line draw the same map.
 */
public final class WorldMap {

    /** The words of the legend, in the reader's language. */
    public record Legend(String title, String none) {

        /** The English legend. */
        public static final Legend ENGLISH = new Legend("Cases", "none");
    }

    private static final Color SEA = new Color(0xF4, 0xF8, 0xFB);
    private static final Color UNCOUNTED = new Color(0xEE, 0xEE, 0xEE);
    private static final Color BORDER = new Color(0xFF, 0xFF, 0xFF);
    private static final Color INK = new Color(0x33, 0x33, 0x33);

    private final Atlas atlas;

    /** A map of the atlas's countries. */
    public WorldMap(Atlas atlas) {
        this.atlas = atlas;
    }

    /**
     * The map of {@code region} on an image {@code width} × {@code height}, each country shaded by its count in
     * {@code counts} (alpha-2 code → cases; a country absent from it has none).
     */
    public BufferedImage render(Map<String, Integer> counts, int width, int height, Region region, Legend legend) {
        return render(counts, width, height, region, legend, null);
    }

    /** The same map with one country ({@code chosen}, alpha-2; null for none) outlined, as the one chosen. */
    public BufferedImage render(Map<String, Integer> counts, int width, int height, Region region, Legend legend,
        String chosen) {
        BufferedImage image = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, counts, image.getWidth(), image.getHeight(), region, legend, chosen);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the same map into {@code g}, in its units, over {@code width} × {@code height} from its origin: how a brief
     * draws it at print resolution, where the units are points and the legend's text has its size in points.
     */
    public void draw(Graphics2D g, Map<String, Integer> counts, int width, int height, Region region, Legend legend,
            String chosen) {
        g.setColor(SEA);
        g.fillRect(0, 0, width, height);
        Shades shades = new Shades(counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        Projection projection = new Projection(region, width, height);
        g.setStroke(new BasicStroke(0.6f));
        for (Country country : atlas.countries()) {
            Shape shape = projection.project(country.outline());
            g.setColor(country.code() == null ? UNCOUNTED : shades.fill(counts.getOrDefault(country.code(), 0)));
            g.fill(shape);
            g.setColor(BORDER);
            g.draw(shape);
        }
        Country outlined = chosen == null ? null : atlas.country(chosen);
        if (outlined != null) {
            g.setColor(INK);
            g.setStroke(new BasicStroke(2f));
            g.draw(projection.project(outlined.outline()));
        }
        drawLegend(g, shades.ranges(), legend, height);
    }

    /** The alpha-2 code of the country under pixel (x, y) of {@link #render} at this size and region, or null. */
    public String countryAt(int x, int y, int width, int height, Region region) {
        Point2D place = new Projection(region, width, height).place(x + 0.5, y + 0.5);
        for (Country country : atlas.countries()) {
            if (country.code() != null && country.outline().contains(place)) {
                return country.code();
            }
        }
        return null;
    }

    private static void drawLegend(Graphics2D g, List<Shades.Range> ranges, Legend legend, int height) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int line = metrics.getHeight() + 2;
        int box = metrics.getAscent();
        int rows = ranges.size() + 2;
        int widest = metrics.stringWidth(legend.title());
        for (Shades.Range range : ranges) {
            widest = Math.max(widest, box + 6 + metrics.stringWidth(label(range)));
        }
        widest = Math.max(widest, box + 6 + metrics.stringWidth(legend.none()));
        int left = 8;
        int top = height - 8 - rows * line - 6;
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(left - 4, top - 4, widest + 12, rows * line + 10);
        g.setColor(INK);
        int y = top + metrics.getAscent();
        g.drawString(legend.title(), left, y);
        for (Shades.Range range : ranges) {
            y += line;
            swatch(g, range.fill(), left, y - box, box);
            g.drawString(label(range), left + box + 6, y);
        }
        y += line;
        swatch(g, Shades.NONE, left, y - box, box);
        g.drawString(legend.none(), left + box + 6, y);
    }

    private static void swatch(Graphics2D g, Color fill, int x, int y, int size) {
        g.setColor(fill);
        g.fillRect(x, y, size, size);
        g.setColor(INK);
        g.drawRect(x, y, size, size);
    }

    private static String label(Shades.Range range) {
        return range.lowest() == range.highest() ? Integer.toString(range.lowest())
            : range.lowest() + "–" + range.highest();
    }
}
