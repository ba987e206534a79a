package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

import org.coprod.export.Block.Cell;

/**
 * The typology grid drawn with characters, for the fenced block of the Markdown brief: boxes of fixed width with the
 * text wrapped inside, and the not-applicable cell hatched.
 */
final class GridDrawing {

    private static final int HEADER_WIDTH = 20;
    private static final int CELL_WIDTH = 26;

    private GridDrawing() {
    }

    static String draw(Block.Table table) {
        StringBuilder b = new StringBuilder();
        int columns = table.rows().get(0).size();
        String rule = rule(columns);
        b.append(rule);
        for (List<Cell> row : table.rows()) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 0;
            for (int i = 0; i < columns; i++) {
                Cell c = i < row.size() ? row.get(i) : Blocks.cell("");
                List<String> lines = wrap(c, width(i) - 2);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int l = 0; l < height; l++) {
                b.append('|');
                for (int i = 0; i < columns; i++) {
                    boolean shaded = i < row.size() && row.get(i).shaded();
                    List<String> lines = wrapped.get(i);
                    String text = l < lines.size() ? lines.get(l) : shaded ? "/".repeat(width(i) - 2) : "";
                    b.append(' ').append(text).append(" ".repeat(Math.max(0, width(i) - 2 - text.length()))).append(" |");
                }
                b.append('\n');
            }
            b.append(rule);
        }
        return b.toString();
    }

    private static int width(int column) {
        return column == 0 ? HEADER_WIDTH : CELL_WIDTH;
    }

    private static String rule(int columns) {
        StringBuilder b = new StringBuilder("+");
        for (int i = 0; i < columns; i++) {
            b.append("-".repeat(width(i))).append('+');
        }
        return b.append('\n').toString();
    }

    /** Wraps each line of a cell at spaces; a bulleted line continues indented under its bullet. */
    private static List<String> wrap(Cell cell, int width) {
        List<String> out = new ArrayList<>();
        for (List<Inline> line : cell.lines()) {
            String text = Inline.plainText(line).replace('\n', ' ').strip();
            String indent = text.startsWith("•") ? "  " : "";
            String prefix = "";
            while (!text.isEmpty()) {
                int w = width - prefix.length();
                if (text.length() <= w) {
                    out.add(prefix + text);
                    break;
                }
                int cut = text.lastIndexOf(' ', w);
                if (cut <= 0) {
                    cut = w;
                }
                out.add(prefix + text.substring(0, cut).strip());
                text = text.substring(cut).strip();
                prefix = indent;
            }
        }
        return out;
    }
}
