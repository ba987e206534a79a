package org.coprod.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The typology grid drawn as a figure with Java2D: the first dimension's values across, the second's down, each cell
 * shaded by how many of the cases sit in it, the cases' short names in their cells, the cells that do not apply
 * hatched, and each case's phases joined by arrows in the order they happened.
 */
final class GridPicture {

    /** One cell: its code and name, whether it applies, and the placements shown in it. */
    record Slot(String code, String name, boolean applicable, List<String> placements, int cases) {
    }

    /** A case's phases in order, as the cells they sit in (row, column). */
    record Path(String label, List<int[]> cells) {
    }

    /** What the figure shows, all from the typology and the cases. */
    record Model(List<String[]> columns, List<String[]> rows, Slot[][] slots, List<Path> paths, String across, String down,
            String notApplicable) {
    }

    static final double WIDTH_CM = 16.5;
    private static final Color[] SHADES = { Color.WHITE, new Color(0xDE, 0xEB, 0xF7), new Color(0xB4, 0xD0, 0xEC),
        new Color(0x86, 0xB2, 0xDF), new Color(0x5B, 0x95, 0xD0) };
    private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color ARROW = new Color(0xC0, 0x50, 0x1E);
    private static final Color NOT_APPLICABLE = new Color(0xD9, 0xD9, 0xD9);
    private static final String FAMILY = Font.SANS_SERIF;

    private static final double LEFT = 92;
    private static final double HEADER_TOP = 13;
    private static final double NAME_LINE = 7.6;
    private static final double LABEL_LINE = 8;
    private static final Font CODE = font(Font.BOLD, 7f);
    private static final Font LABEL = font(Font.PLAIN, 7f);
    private static final Font NAME = font(Font.PLAIN, 6.6f);
    private static final FontMetrics CODES = metrics(CODE);
    private static final FontMetrics LABELS = metrics(LABEL);
    private static final FontMetrics NAMES = metrics(NAME);

    private GridPicture() {
    }

    private static Font font(int style, float size) {
        return new Font(FAMILY, style, 10).deriveFont(size);
    }

    /**
     * Where each row begins, in points, and where the last ends: the header as tall as its longest label, then each row
     * with room for every line its cells show (the names wrapped as {@link #cell} wraps them) and for its own label, and
     * at least a minimum, so that a row of empty cells takes little of the page.
     */
    static double[] rowTops(Model m, boolean compact) {
        double cw = (WIDTH_CM * Png.POINTS_PER_CM - LEFT - 2) / m.columns().size();
        int header = 1;
        for (String[] column : m.columns()) {
            header = Math.max(header, label(column, cw - 6).size());
        }
        double least = (compact ? 1.1 : 1.4) * Png.POINTS_PER_CM;
        double[] tops = new double[m.rows().size() + 1];
        tops[0] = HEADER_TOP + labelHeight(header) + 1;
        for (int r = 0; r < m.rows().size(); r++) {
            double need = labelHeight(label(m.rows().get(r), LEFT - 8).size());
            for (Slot s : m.slots()[r]) {
                if (s != null) {
                    need = Math.max(need, 12 + NAME_LINE * lines(s, cw - 1 - 10).size() + 4);
                }
            }
            tops[r + 1] = tops[r] + Math.max(least, need) + 1; // and the rule between the rows
        }
        return tops;
    }

    /**
     * A font's metrics as the PNG measures it: in points, with the same hints, at the PNG's resolution. Text is wrapped
     * with these alone, measured once, so the PNG, the SVG (whose generator measures at no resolution) and the row
     * heights reckoned beforehand break the same lines at the same words.
     */
    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            Png.hints(g);
            g.scale(Png.DPI / 72.0, Png.DPI / 72.0);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    static Figure draw(Model m, boolean compact, String alt) {
        double[] tops = rowTops(m, compact);
        double h = (tops[tops.length - 1] + 2) / Png.POINTS_PER_CM; // the header and the rows
        return Figure.drawing("grid", WIDTH_CM, h, alt, g -> paint(g, m, WIDTH_CM * Png.POINTS_PER_CM, tops));
    }

    private static void paint(Graphics2D g, Model m, double width, double[] tops) {
        int cols = m.columns().size();
        int rows = m.rows().size();
        double cw = (width - LEFT - 2) / cols;
        g.setColor(ACCENT);
        g.setFont(font(Font.BOLD, 6.5f));
        g.drawString(m.down() + " \u2193 / " + m.across() + " \u2192", 2f, 9f);
        for (int c = 0; c < cols; c++) {
            double x = LEFT + c * cw;
            g.setColor(ACCENT);
            g.fill(new Rectangle2D.Double(x, HEADER_TOP, cw - 1, tops[0] - HEADER_TOP - 1));
            g.setColor(Color.WHITE);
            text(g, m.columns().get(c), x + 3, HEADER_TOP, cw - 6);
        }
        for (int r = 0; r < rows; r++) {
            g.setColor(new Color(0xEA, 0xF1, 0xF8));
            g.fill(new Rectangle2D.Double(0, tops[r], LEFT - 2, tops[r + 1] - tops[r] - 1));
            g.setColor(ACCENT);
            text(g, m.rows().get(r), 3, tops[r], LEFT - 8);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cell(g, m.slots()[r][c], LEFT + c * cw, tops[r], cw - 1, tops[r + 1] - tops[r] - 1, m.notApplicable());
            }
        }
        arrows(g, m, cw, tops);
    }

    /** A bold code and its label after it on the same line, wrapped below it. */
    private static void text(Graphics2D g, String[] codeAndLabel, double x, double y, double w) {
        List<String> lines = label(codeAndLabel, w);
        g.setFont(CODE);
        double line = y + 9;
        g.drawString(codeAndLabel[0], (float) x, (float) line);
        double after = CODES.stringWidth(codeAndLabel[0]) + 3;
        g.setFont(LABEL);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + (i == 0 ? after : 0)), (float) line);
            line += LABEL_LINE;
        }
    }

    /** The lines of a code's label: the first after the code (empty when not even a word fits there), then full width. */
    private static List<String> label(String[] codeAndLabel, double w) {
        return wrap(codeAndLabel[1], LABELS, w - CODES.stringWidth(codeAndLabel[0]) - 3, w);
    }

    /** The height of a code and a label of this many lines. */
    private static double labelHeight(int lines) {
        return 9 + LABEL_LINE * (lines - 1) + 5;
    }

    private static void cell(Graphics2D g, Slot s, double x, double y, double w, double h, String notApplicable) {
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        if (s == null || !s.applicable()) {
            g.setColor(NOT_APPLICABLE);
            g.fill(box);
            g.setColor(new Color(0xBF, 0xBF, 0xBF));
            g.setStroke(new BasicStroke(0.5f));
            Shape clip = g.getClip();
            g.clip(box);
            for (double d = -h; d < w; d += 6) {
                g.draw(new Line2D.Double(x + d, y + h, x + d + h, y));
            }
            g.setClip(clip);
        } else {
            g.setColor(SHADES[Math.min(s.cases(), SHADES.length - 1)]);
            g.fill(box);
        }
        g.setColor(new Color(0xA6, 0xA6, 0xA6));
        g.setStroke(new BasicStroke(0.5f));
        g.draw(box);
        if (s == null) {
            return;
        }
        g.setColor(s.cases() >= 3 ? Color.WHITE : ACCENT);
        g.setFont(CODE);
        g.drawString(s.code() + (s.applicable() ? "" : "  " + notApplicable), (float) (x + 3), (float) (y + 9));
        g.setFont(NAME);
        double line = y + 9;
        g.setColor(s.cases() >= 3 ? Color.WHITE : Color.BLACK);
        List<String> lines = lines(s, w - 10);
        int room = (int) ((h - 12) / NAME_LINE);
        for (int i = 0; i < lines.size() && i < room; i++) {
            line += NAME_LINE;
            String text = i == room - 1 && lines.size() > room ? "\u2026" : lines.get(i);
            g.drawString(text, (float) (x + 3), (float) line);
        }
    }

    /** Each path: an arrow from one phase's cell to the next, offset per case so paths stay apart. */
    private static void arrows(Graphics2D g, Model m, double cw, double[] tops) {
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int n = 0;
        for (Path p : m.paths()) {
            double offset = (n++ % 3 - 1) * 6;
            for (int i = 0; i + 1 < p.cells().size(); i++) {
                int[] a = p.cells().get(i);
                int[] b = p.cells().get(i + 1);
                if (a[0] == b[0] && a[1] == b[1]) {
                    continue;
                }
                // from the edge of one cell to the facing edge of the next, across the rule between them, clear of the names
                int dx = Integer.signum(b[1] - a[1]);
                int dy = Integer.signum(b[0] - a[0]);
                double ha = tops[a[0] + 1] - tops[a[0]];
                double hb = tops[b[0] + 1] - tops[b[0]];
                double x1 = LEFT + a[1] * cw + cw * (0.5 + 0.40 * dx) + offset;
                double y1 = tops[a[0]] + ha * (dy == 0 ? 0.88 : 0.5 + 0.40 * dy) + offset;
                double x2 = LEFT + b[1] * cw + cw * (0.5 - 0.40 * dx) + offset;
                double y2 = tops[b[0]] + hb * (dy == 0 ? 0.88 : 0.5 - 0.40 * dy) + offset;
                g.setColor(new Color(ARROW.getRed(), ARROW.getGreen(), ARROW.getBlue(), 210));
                g.draw(new Line2D.Double(x1, y1, x2, y2));
                head(g, x1, y1, x2, y2);
                g.setFont(font(Font.BOLD, 6.5f));
                g.drawString(String.valueOf(i + 1), (float) ((x1 + x2) / 2 + 2), (float) ((y1 + y2) / 2 - 2));
            }
        }
    }

    private static void head(Graphics2D g, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 5;
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - size * Math.cos(angle - 0.45), y2 - size * Math.sin(angle - 0.45));
        head.lineTo(x2 - size * Math.cos(angle + 0.45), y2 - size * Math.sin(angle + 0.45));
        head.closePath();
        g.fill(head);
    }

    /** A cell's placements as the lines it shows: each a bullet, wrapped to the width. */
    private static List<String> lines(Slot s, double width) {
        List<String> lines = new ArrayList<>();
        for (String p : s.placements()) {
            List<String> wrapped = wrap(p, NAMES, width);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "\u2022 " : "   ") + wrapped.get(i));
            }
        }
        return lines;
    }

    /** Words wrapped to the width; a word longer than the width is cut. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        return wrap(text, fm, width, width);
    }

    /**
     * Words wrapped to the widths, the first line narrower; a word longer than the full width runs over. When not even
     * the first word fits on the first line, that line is left empty.
     */
    static List<String> wrap(String text, FontMetrics fm, double first, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double room = first;
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(tried) <= room) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty() || lines.isEmpty() && room < width) {
                lines.add(line.toString());
                room = width;
            }
            line.setLength(0);
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
