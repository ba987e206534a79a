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

    private GridPicture() {
    }

    private static Font font(int style, float size) {
        return new Font(FAMILY, style, 10).deriveFont(size);
    }

    /** The figure's height: taller when a cell holds many placements. */
    static double heightCm(Model m, boolean compact) {
        int most = 0;
        for (Slot[] row : m.slots()) {
            for (Slot s : row) {
                most = Math.max(most, s == null ? 0 : s.placements().size());
            }
        }
        double cell = Math.max(compact ? 1.3 : 1.55, 0.8 + 0.55 * most);
        return 1.8 + cell * m.rows().size();
    }

    static Figure draw(Model m, boolean compact, String alt) {
        double h = heightCm(m, compact);
        return Figure.drawing("grid", WIDTH_CM, h, alt,
                () -> Png.draw(WIDTH_CM, h, g -> paint(g, m, WIDTH_CM * Png.POINTS_PER_CM, h * Png.POINTS_PER_CM)));
    }

    private static void paint(Graphics2D g, Model m, double width, double height) {
        double left = 92;
        double top = 50;
        int cols = m.columns().size();
        int rows = m.rows().size();
        double cw = (width - left - 2) / cols;
        double ch = (height - top - 2) / rows;
        Font small = font(Font.PLAIN, 7f);
        Font bold = font(Font.BOLD, 7f);
        Font name = font(Font.PLAIN, 6.6f);
        g.setColor(ACCENT);
        g.setFont(font(Font.BOLD, 6.5f));
        g.drawString(m.down() + " \u2193 / " + m.across() + " \u2192", 2f, 9f);
        for (int c = 0; c < cols; c++) {
            double x = left + c * cw;
            g.setColor(ACCENT);
            g.fill(new Rectangle2D.Double(x, 13, cw - 1, top - 14));
            g.setColor(Color.WHITE);
            text(g, m.columns().get(c)[0], m.columns().get(c)[1], x + 3, 13, cw - 6, bold, small);
        }
        for (int r = 0; r < rows; r++) {
            double y = top + r * ch;
            g.setColor(new Color(0xEA, 0xF1, 0xF8));
            g.fill(new Rectangle2D.Double(0, y, left - 2, ch - 1));
            g.setColor(ACCENT);
            text(g, m.rows().get(r)[0], m.rows().get(r)[1], 3, y, left - 8, bold, small);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cell(g, m.slots()[r][c], left + c * cw, top + r * ch, cw - 1, ch - 1, bold, name, m.notApplicable());
            }
        }
        arrows(g, m, left, top, cw, ch);
    }

    /** A bold code, then the label wrapped below it. */
    private static void text(Graphics2D g, String code, String label, double x, double y, double w, Font bold, Font small) {
        g.setFont(bold);
        double line = y + 9;
        g.drawString(code, (float) x, (float) line);
        g.setFont(small);
        for (String l : wrap(label, g.getFontMetrics(small), w)) {
            line += 8;
            g.drawString(l, (float) x, (float) line);
        }
    }

    private static void cell(Graphics2D g, Slot s, double x, double y, double w, double h, Font bold, Font name,
            String notApplicable) {
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
        g.setFont(bold);
        g.drawString(s.code() + (s.applicable() ? "" : "  " + notApplicable), (float) (x + 3), (float) (y + 9));
        g.setFont(name);
        FontMetrics fm = g.getFontMetrics(name);
        double line = y + 9;
        g.setColor(s.cases() >= 3 ? Color.WHITE : Color.BLACK);
        List<String> lines = new ArrayList<>();
        for (String p : s.placements()) {
            List<String> wrapped = wrap(p, fm, w - 10);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "\u2022 " : "   ") + wrapped.get(i));
            }
        }
        int room = (int) ((h - 12) / 7.6);
        for (int i = 0; i < lines.size() && i < room; i++) {
            line += 7.6;
            String text = i == room - 1 && lines.size() > room ? "\u2026" : lines.get(i);
            g.drawString(text, (float) (x + 3), (float) line);
        }
    }

    /** Each path: an arrow from one phase's cell to the next, offset per case so paths stay apart. */
    private static void arrows(Graphics2D g, Model m, double left, double top, double cw, double ch) {
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
                double x1 = left + a[1] * cw + cw * (0.5 + 0.40 * dx) + offset;
                double y1 = top + a[0] * ch + ch * (dy == 0 ? 0.88 : 0.5 + 0.40 * dy) + offset;
                double x2 = left + b[1] * cw + cw * (0.5 - 0.40 * dx) + offset;
                double y2 = top + b[0] * ch + ch * (dy == 0 ? 0.88 : 0.5 - 0.40 * dy) + offset;
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

    /** Words wrapped to the width; a word longer than the width is cut. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
