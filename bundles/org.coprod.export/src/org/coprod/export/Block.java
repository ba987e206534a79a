package org.coprod.export;

import java.util.List;

/** A block of a brief, in reading order: headings, paragraphs, tables, code, the typology grid. */
public sealed interface Block {

    /** A section heading, level 1 to 4. */
    record Heading(int level, String text) implements Block {
    }

    /** What a paragraph is for; the writers map each to a named style or a Markdown construct. */
    enum ParagraphKind {
        BODY, QUOTE, BULLET, NUMBERED, CAPTION, SUBTITLE, META
    }

    /**
     * A paragraph of formatted text. {@code level} is the nesting depth of a list item or block quote (0 at the top);
     * {@code listStart} marks the first item of a new list, so that numbered lists restart.
     */
    record Paragraph(ParagraphKind kind, int level, boolean listStart, List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        public Paragraph(ParagraphKind kind, List<Inline> inlines) {
            this(kind, 0, false, inlines);
        }

        public String plainText() {
            return Inline.plainText(inlines);
        }
    }

    /** A cell: lines of formatted text; a shaded cell is one that does not apply (P3-D1). */
    record Cell(List<List<Inline>> lines, boolean shaded) {
        public Cell {
            lines = lines.stream().map(List::copyOf).toList();
        }

        public String plainText() {
            return String.join("\n", lines.stream().map(Inline::plainText).toList());
        }
    }

    /**
     * A table with its caption; the first {@code headerRows} rows are headings (repeated on each page in Word), and
     * {@code rowHeaders} says that the first column labels the rows.
     */
    record Table(String caption, List<List<Cell>> rows, int headerRows, boolean rowHeaders) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public Cell cell(int row, int column) {
            return rows.get(row).get(column);
        }

        /**
         * How many of the first rows stay on one page with the caption: all of a table of up to six rows, else the
         * headings and two rows, so that a long table starts where there is room for its beginning and runs on, its
         * headings repeated, rather than leaving the rest of a page empty.
         */
        public int rowsKeptTogether() {
            return rows.size() <= 6 ? rows.size() : Math.min(rows.size(), headerRows + 2);
        }
    }

    /**
     * The 3x3 typology grid as a figure: the drawn figure (a PNG) in Word and Markdown where there is one, else a
     * real table in Word; Markdown adds a fenced plain-text drawing (pandoc keeps it as a code block) for plain-text
     * readers; then its caption.
     */
    record Grid(Table table, List<Inline> legend, Figure figure) implements Block {
        public Grid {
            legend = List.copyOf(legend);
        }

        public Grid(Table table, List<Inline> legend) {
            this(table, legend, null);
        }
    }

    /** A figure drawn by the product (a chart), with its caption. */
    record Picture(Figure figure, String caption) implements Block {
    }

    /** Preformatted text, such as a fenced code block in a case note. */
    record Code(String text, String language) implements Block {
    }

    /** Where the table of contents goes (a TOC field in Word; Markdown readers have their own). */
    record Contents() implements Block {
    }
}
