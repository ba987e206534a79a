package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

import org.coprod.export.Block.Cell;
import org.coprod.export.Block.ParagraphKind;

/** Collects the blocks of a brief in reading order, with short ways to add headings, paragraphs, lists and tables. */
final class Blocks {

    private final List<Block> blocks = new ArrayList<>();

    List<Block> list() {
        return blocks;
    }

    Blocks add(Block b) {
        blocks.add(b);
        return this;
    }

    Blocks addAll(List<Block> more) {
        blocks.addAll(more);
        return this;
    }

    Blocks heading(int level, String text) {
        return add(new Block.Heading(level, text));
    }

    Blocks paragraph(String text) {
        return paragraph(List.of(Inline.plain(text)));
    }

    Blocks paragraph(List<Inline> inlines) {
        return add(new Block.Paragraph(ParagraphKind.BODY, inlines));
    }

    Blocks paragraph(ParagraphKind kind, List<Inline> inlines) {
        return add(new Block.Paragraph(kind, inlines));
    }

    /** A bulleted list, one item a line. */
    Blocks bullets(List<List<Inline>> items) {
        boolean first = true;
        for (List<Inline> item : items) {
            add(new Block.Paragraph(ParagraphKind.BULLET, 0, first, item));
            first = false;
        }
        return this;
    }

    Blocks bulletTexts(List<String> items) {
        return bullets(items.stream().map(s -> List.<Inline>of(Inline.plain(s))).toList());
    }

    /** "**Label:** text", the pattern of the fact lines in a brief. */
    static List<Inline> labelled(String label, String text) {
        if (text == null || text.isBlank()) {
            return List.of(Inline.bold(label));
        }
        return List.of(Inline.bold(label + ": "), Inline.plain(text));
    }

    static List<Inline> concat(List<Inline> a, List<Inline> b) {
        List<Inline> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Cell cell(String text) {
        return new Cell(List.of(List.of(Inline.plain(text == null ? "" : text))), false);
    }

    static Cell cell(List<Inline> inlines) {
        return new Cell(List.of(inlines), false);
    }

    /** A table whose first row is its header. */
    static final class TableBuilder {
        private final String caption;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final boolean rowHeaders;

        TableBuilder(String caption, boolean rowHeaders, List<String> header) {
            this.caption = caption;
            this.rowHeaders = rowHeaders;
            rows.add(header.stream().map(Blocks::cell).toList());
        }

        TableBuilder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        TableBuilder textRow(List<String> texts) {
            return row(texts.stream().map(Blocks::cell).toList());
        }

        boolean isEmpty() {
            return rows.size() <= 1;
        }

        /**
         * Drops the rows that say nothing for any case (every cell after the row's label blank, "–" or the brief's "not recorded"),
         * so a comparison shows only the dimensions with data for at least one case.
         */
        TableBuilder withoutEmptyRows(CaseFacts facts) {
            for (int r = rows.size() - 1; r >= 1; r--) {
                List<Cell> row = rows.get(r);
                if (row.stream().skip(1).allMatch(c -> facts.unknown(c.plainText()))) {
                    rows.remove(r);
                }
            }
            return this;
        }

        Block.Table build() {
            return new Block.Table(caption, rows, 1, rowHeaders);
        }
    }
}
