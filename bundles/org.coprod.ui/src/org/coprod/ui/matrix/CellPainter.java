package org.coprod.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coprod.core.Labels;
import org.eclipse.osgi.util.NLS;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Draws one cell of the typology matrix: its code and count, its name, then as many of its cases as fit, and "… and N
 * more" on a line of its own. A small cell gives up the rest of its name before its cases; each drawn case's line is
 * noted so that a double-click opens it.
 */
final class CellPainter {

    private final GC gc;
    private final Font bold;
    private final Font normal;
    private final Display display = Display.getCurrent();

    CellPainter(GC gc, Font bold, Font normal) {
        this.gc = gc;
        this.bold = bold;
        this.normal = normal;
    }

    void paint(TypologyMatrix.CellView v, boolean selected) {
        Rectangle r = v.canvas.getClientArea();
        Color background;
        if (!v.cell.isApplicable()) {
            background = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        } else if (v.dragOver) {
            background = new Color(210, 230, 255);
        } else if (selected) {
            background = new Color(255, 244, 200);
        } else {
            background = shade(v.count);
        }
        gc.setBackground(background);
        gc.fillRectangle(r);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(0, 0, r.width - 1, r.height - 1);
        Color text = display.getSystemColor(v.cell.isApplicable() ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY);
        gc.setForeground(text);
        gc.setFont(bold);
        int line = gc.getFontMetrics().getHeight();
        String head = v.cell.getCode() + (v.cell.isApplicable() ? "   " + v.count + (v.count == 1 ? Messages.CellPainter_case
                : Messages.CellPainter_cases) : "");
        if (gc.textExtent(head).x > r.width - 10) {
            head = v.cell.getCode() + (v.cell.isApplicable() ? " (" + v.count + ")" : "");
        }
        gc.drawString(head, 6, 4, true);
        gc.setFont(normal);
        int y = 4 + line + 2;
        List<String> title = wrap(gc, Labels.name(v.cell, Locale.getDefault()), r.width - 12);
        int room = (r.height - 4 - y - 3) / line;
        if (v.count > 0 && title.size() > 1 && room - title.size() < Math.min(2, v.count)) {
            // A small cell keeps its cases and gives up the rest of its name (which stays in the tooltip).
            title = List.of(clip(gc, Labels.name(v.cell, Locale.getDefault()), r.width - 12));
        }
        for (String l : title) {
            gc.drawString(l, 6, y, true);
            y += line;
        }
        y += 3;
        int lines = Math.max(0, (r.height - 4 - y) / line);
        // The "and N more" line takes a line of its own, never one of the names'.
        int names = v.count > lines ? Math.max(0, lines - 1) : Math.min(lines, v.names.size());
        names = Math.min(names, v.names.size());
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
        v.nameLines.clear();
        for (int i = 0; i < names; i++) {
            gc.drawString("• " + clip(gc, v.names.get(i), r.width - 20), 8, y, true);
            v.nameLines.add(new int[] { y, y + line });
            y += line;
        }
        if (v.count > names && lines > 0) {
            String more = names == 0 ? v.count + (v.count == 1 ? Messages.CellPainter_case : Messages.CellPainter_cases)
                    : NLS.bind(Messages.CellPainter_andMore, v.count - names);
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawString(more, 8, y, true);
        }
    }

    private static Color shade(int count) {
        int step = Math.min(5, count == 0 ? 0 : 1 + (int) (Math.log10(count) * 2));
        return new Color(255 - step * 8, 255 - step * 4, 255 - step * 10);
    }

    private static String clip(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (gc.textExtent(candidate).x > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
