package org.coprod.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Draws a table's cells with their text wrapped to the column width, rows as tall as their longest cell. */
final class WrappedCells {

    private static final int PAD = 4;
    /** GTK gives every row the same height: a few lines each keep the table readable. */
    private static final int MAX_LINES = 3;

    private WrappedCells() {
    }

    static void install(Table table) {
        table.addListener(SWT.MeasureItem, e -> {
            TableItem item = (TableItem) e.item;
            int width = table.getColumn(e.index).getWidth() - 2 * PAD;
            int lines = Math.min(MAX_LINES, lines(e.gc, item.getText(e.index), width).size());
            e.height = Math.max(e.height, lines * e.gc.getFontMetrics().getHeight() + 2 * PAD);
            e.width = table.getColumn(e.index).getWidth();
        });
        table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
        table.addListener(SWT.PaintItem, e -> paint(table, e));
    }

    private static void paint(Table table, Event e) {
        TableItem item = (TableItem) e.item;
        int width = table.getColumn(e.index).getWidth() - 2 * PAD;
        int y = e.y + PAD;
        int line = e.gc.getFontMetrics().getHeight();
        List<String> lines = lines(e.gc, item.getText(e.index), width);
        for (int i = 0; i < Math.min(MAX_LINES, lines.size()); i++) {
            String l = i == MAX_LINES - 1 && lines.size() > MAX_LINES ? lines.get(i) + " …" : lines.get(i);
            e.gc.drawString(l, e.x + PAD, y, true);
            y += line;
        }
    }

    static List<String> lines(GC gc, String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && gc.textExtent(candidate).x > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
