package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

/**
 * On which page each heading of a Word brief falls, estimated from the page the bundled reference sets (A4, 2 cm
 * margins), the sizes and spacings of its styles and an average character width of Carlito/Calibri and
 * Caladea/Cambria (a brief has no explicit page break). Paragraphs flow across pages, table rows and figures do not
 * split, a heading keeps with what follows. It is an estimate: the contents' page numbers are written from it so that a
 * reader that shows fields as written (pandoc, a Word that has not updated them) shows numbers near the truth, and
 * Word and LibreOffice recompute every PAGEREF from their own layout.
 */
final class PageEstimate {

    private static final double PAGE = 841.9 - 2 * 56.7; // A4 less the top and bottom margins, in points
    private static final double WIDTH = 595.3 - 2 * 56.7;
    private static final double CHAR = 0.47; // average advance of running text, in ems
    private static final double LINE = 1.22; // line height of the fonts, in ems
    private static final double BODY = 10.5;
    private static final double SPACING = 1.1; // the styles' 264/240 line spacing
    private static final double TABLE = 8.5; // the table style's text size, single-spaced
    private static final double CELL_MARGINS = 10.8; // Word's default 0.19 cm left and right in every cell
    private static final int TEXT_TWIPS = 9638;

    private final List<Integer> pages;

    private PageEstimate(List<Integer> pages) {
        this.pages = pages;
    }

    /** The page of the n-th heading (from 1), in the order of {@link Brief#headings()}. */
    int page(int n) {
        return n >= 1 && n <= pages.size() ? pages.get(n - 1) : 1;
    }

    static PageEstimate of(Brief brief) {
        Layout l = new Layout();
        l.text(brief.title().length(), 24, 0, 6);
        List<Integer> pages = new ArrayList<>();
        List<Block> blocks = brief.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b) {
                case Block.Heading h -> {
                    double size = h.level() <= 1 ? 16 : h.level() == 2 ? 13 : 11;
                    double before = h.level() <= 1 ? 18 : h.level() == 2 ? 12 : 10;
                    double after = h.level() <= 1 ? 6 : h.level() == 2 ? 4 : 3;
                    // keep with next: the heading and what it must stay with go to the next page together
                    l.keep(kept(blocks, i));
                    pages.add(l.page);
                    l.text(h.text().length(), size, before, after);
                }
                case Block.Paragraph p -> {
                    double size = switch (p.kind()) {
                        case CAPTION -> 9;
                        case SUBTITLE -> 14;
                        case META -> 9.5;
                        default -> BODY;
                    };
                    double after = switch (p.kind()) {
                        case BULLET, NUMBERED -> 3;
                        case META -> 16;
                        case SUBTITLE -> 8;
                        default -> 6;
                    };
                    double indent = p.kind() == Block.ParagraphKind.BULLET || p.kind() == Block.ParagraphKind.NUMBERED ? 36
                            : p.kind() == Block.ParagraphKind.QUOTE ? 28 : 18 * p.level();
                    l.textIn(chars(p.inlines()), size, p.kind() == Block.ParagraphKind.QUOTE ? 3 : 0, after, WIDTH - indent);
                }
                case Block.Table t -> table(l, t);
                case Block.Grid g -> {
                    if (g.figure() != null) {
                        l.keep(g.figure().heightCm() * Png.POINTS_PER_CM);
                        l.add(g.figure().heightCm() * Png.POINTS_PER_CM);
                    } else {
                        table(l, g.table());
                    }
                    l.text(g.table().caption().length() + chars(g.legend()) + 12, 9, 6, 6);
                }
                case Block.Picture p -> {
                    l.keep(p.figure().heightCm() * Png.POINTS_PER_CM);
                    l.add(p.figure().heightCm() * Png.POINTS_PER_CM);
                    l.text(p.caption().length() + 12, 9, 6, 6);
                }
                case Block.Code c -> l.add(c.text().split("\n", -1).length * 9 * LINE);
                case Block.Contents c -> {
                    l.text(8, 16, 18, 6);
                    l.add(brief.headings().stream().filter(h -> h.level() <= 3).count() * (BODY * LINE * SPACING + 2));
                }
            }
        }
        return new PageEstimate(List.copyOf(pages));
    }

    /** A table: its caption above it, rows as wide as DocxTables makes its columns, its first rows kept together. */
    private static void table(Layout l, Block.Table t) {
        List<Double> heights = rowHeights(t);
        l.keep(tableStart(t, heights));
        l.text(t.caption().length() + 10, 9, 6, 6);
        for (double height : heights) {
            l.keep(height);
            l.add(height);
        }
        l.add(6);
    }

    private static List<Double> rowHeights(Block.Table t) {
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
        int[] widths = ColumnWidths.of(t, columns, false, TEXT_TWIPS);
        List<Double> heights = new ArrayList<>();
        for (List<Block.Cell> row : t.rows()) {
            int most = 1;
            for (int c = 0; c < row.size() && c < widths.length; c++) {
                int lines = 0;
                for (List<Inline> line : row.get(c).lines()) {
                    lines += lines(chars(line), TABLE, widths[c] / 20.0 - CELL_MARGINS);
                }
                most = Math.max(most, lines);
            }
            heights.add(most * TABLE * LINE + 1);
        }
        return heights;
    }

    /** What of a table cannot be parted from its caption: its first rows ({@link Block.Table#rowsKeptTogether}). */
    private static double tableStart(Block.Table t, List<Double> heights) {
        double caption = 9 * LINE * SPACING + 12;
        if (heights.isEmpty()) {
            return caption;
        }
        return caption + heights.stream().limit(t.rowsKeptTogether()).mapToDouble(Double::doubleValue).sum();
    }

    private static double headingHeight(Block.Heading h) {
        double size = h.level() <= 1 ? 16 : h.level() == 2 ? 13 : 11;
        double before = h.level() <= 1 ? 18 : h.level() == 2 ? 12 : 10;
        double after = h.level() <= 1 ? 6 : h.level() == 2 ? 4 : 3;
        return before + lines(h.text().length(), size, WIDTH) * size * LINE * SPACING + after;
    }

    /**
     * The heading at i and what keeps with it: the next heading and its own, a figure whole, a table's caption and first
     * row, or a line.
     */
    private static double kept(List<Block> blocks, int i) {
        double height = headingHeight((Block.Heading) blocks.get(i));
        if (i + 1 >= blocks.size()) {
            return height;
        }
        return height + switch (blocks.get(i + 1)) {
            case Block.Heading h -> kept(blocks, i + 1);
            case Block.Grid g -> g.figure() != null ? g.figure().heightCm() * Png.POINTS_PER_CM
                    : 9 * LINE * SPACING + 12 + rowHeights(g.table()).stream().findFirst().orElse(0.0);
            case Block.Picture p -> p.figure().heightCm() * Png.POINTS_PER_CM;
            case Block.Table t -> 9 * LINE * SPACING + 12 + rowHeights(t).stream().findFirst().orElse(0.0);
            default -> BODY * LINE * SPACING;
        };
    }

    private static int lines(int chars, double size, double width) {
        return Math.max(1, (int) Math.ceil(chars * CHAR * size / width));
    }

    static int chars(List<Inline> inlines) {
        int n = 0;
        for (Inline i : inlines) {
            n += switch (i) {
                case Inline.Text t -> t.text().length();
                case Inline.Link k -> chars(k.label());
                case Inline.Footnote f -> 1;
                case Inline.Break b -> 0;
            };
        }
        return n;
    }

    /** Where the text has reached: the page, and the points used on it. */
    private static final class Layout {
        int page = 1;
        double used;

        void newPage() {
            page++;
            used = 0;
        }

        /** Starts a new page unless this much fits on the current one. */
        void keep(double height) {
            if (used > 0 && used + height > PAGE) {
                newPage();
            }
        }

        /** Adds a block that does not split; one taller than a page runs on. */
        void add(double height) {
            used += height;
            while (used > PAGE) {
                page++;
                used -= PAGE;
            }
        }

        void text(int chars, double size, double before, double after) {
            textIn(chars, size, before, after, WIDTH);
        }

        /** A paragraph, which flows onto the next page line by line. */
        void textIn(int chars, double size, double before, double after, double width) {
            double line = size * LINE * SPACING;
            used += used == 0 ? 0 : before;
            for (int i = lines(chars, size, width); i > 0; i--) {
                if (used + line > PAGE) {
                    newPage();
                }
                used += line;
            }
            used = Math.min(PAGE, used + after);
        }
    }
}
