package org.coprod.export;

import java.util.List;

import org.coprod.export.Block.Cell;

/** How wide each column of a brief's Word table is, in twentieths of a point, from the text it holds. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * Column widths from the text they hold: each column wants its longest line (within bounds) and needs its longest
     * word; when the wants do not fit the page, columns shrink towards their needs in proportion.
     */
    static int[] of(Block.Table t, int columns, boolean figure, int textWidth) {
        double[] want = new double[columns];
        double[] need = new double[columns];
        for (List<Cell> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                for (List<Inline> line : row.get(c).lines()) {
                    String text = Inline.plainText(line);
                    want[c] = Math.max(want[c], text.length());
                    for (String word : text.split("\\s+")) {
                        need[c] = Math.max(need[c], word.length());
                    }
                }
            }
        }
        double available = 105; // characters of table text across the page
        double sumWant = 0;
        double slack = 0;
        for (int c = 0; c < columns; c++) {
            if (figure) {
                want[c] = c == 0 ? 16 : 28;
                need[c] = want[c];
            }
            need[c] = Math.min(need[c] + 2, 18);
            want[c] = Math.max(need[c], Math.min(Math.max(want[c], 3), 42) + 2);
            sumWant += want[c];
            slack += want[c] - need[c];
        }
        double shrink = sumWant <= available || slack == 0 ? 0 : Math.min(1, (sumWant - available) / slack);
        double[] chosen = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            chosen[c] = want[c] - (want[c] - need[c]) * shrink;
            sum += chosen[c];
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = (int) Math.round(textWidth * chosen[c] / sum);
        }
        return widths;
    }
}
