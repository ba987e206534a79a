package org.coprod.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * "Who pays for what" as a figure drawn by JFreeChart: one horizontal bar per case, stacked by contributor type, each
 * segment the number of contributions the case records from that type. Counts, not sums: the cases' amounts are in
 * different currencies and many contributions have none, so a sum would compare what cannot be compared.
 */
final class PaysChart {

    static final double WIDTH_CM = 16.5;
    private static final Color[] PALETTE = { new Color(0x1F, 0x4E, 0x79), new Color(0xC0, 0x50, 0x1E), new Color(0x5B, 0x95, 0xD0),
        new Color(0x70, 0xAD, 0x47), new Color(0xFF, 0xC0, 0x00), new Color(0x7F, 0x7F, 0x7F), new Color(0x9E, 0x48, 0x0E),
        new Color(0x26, 0x44, 0x78), new Color(0x63, 0x63, 0x63), new Color(0x99, 0x73, 0x00) };

    private PaysChart() {
    }

    /** @param counts case label → contributor type → number of contributions, in order */
    static Figure draw(Map<String, Map<String, Integer>> counts, String valueAxis, String alt) {
        int types = (int) counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
        double height = 2.4 + 0.85 * counts.size() + 0.35 * Math.ceil(types / 4.0);
        // a chart of its own for each drawing: the PNG and the SVG are drawn at once, and a JFreeChart is not thread-safe
        return Figure.drawing("pays", WIDTH_CM, height, alt, g -> chart(counts, valueAxis).draw(g,
                new Rectangle2D.Double(0, 0, WIDTH_CM * Png.POINTS_PER_CM, height * Png.POINTS_PER_CM)));
    }

    private static JFreeChart chart(Map<String, Map<String, Integer>> counts, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((c, byType) -> byType.forEach((type, n) -> data.addValue(n, type, c)));
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryAxis cases = new CategoryAxis();
        cases.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        cases.setMaximumCategoryLabelLines(2);
        cases.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        CategoryPlot plot = new CategoryPlot(data, cases, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(null); // the page is white already: painting it again costs a pass over every pixel
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(null);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /** Whether a chart is worth drawing: at least one contribution recorded. */
    static boolean any(Map<String, Map<String, Integer>> counts) {
        return counts.values().stream().flatMap(m -> m.values().stream()).anyMatch(n -> n > 0);
    }
}
