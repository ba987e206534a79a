package org.coprod.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coprod.export.Block.Cell;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.export.Inline.Mark;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns a case note (Markdown, with tables, footnotes and strikethrough) into brief blocks by walking flexmark's syntax
 * tree, so that a note keeps its headings, emphasis, lists, links, tables, quotes and code in Word as in Markdown.
 */
public final class NoteRenderer {

    private static final Parser PARSER = createParser();

    private final int headingBase;
    private final BriefText text;

    /** @param headingBase the brief heading level that a note's top-level heading ({@code #}) becomes */
    public NoteRenderer(int headingBase) {
        this(headingBase, BriefText.english());
    }

    /** A renderer whose own words (the stand-in for an image) are in the brief's language, not the workbench's. */
    NoteRenderer(int headingBase, BriefText text) {
        this.headingBase = headingBase;
        this.text = text;
    }

    private static Parser createParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
        // Pandoc-style tables: a header row is required, column counts may differ
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        return Parser.builder(options).build();
    }

    public List<Block> render(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        Node document = PARSER.parse(markdown);
        blocks(document, blocks, 0, ParagraphKind.BODY);
        return blocks;
    }

    private void blocks(Node parent, List<Block> out, int level, ParagraphKind kind) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out, level, kind);
        }
    }

    private void block(Node n, List<Block> out, int level, ParagraphKind kind) {
        switch (n) {
            case Heading h -> out.add(new Block.Heading(Math.min(4, headingBase + h.getLevel() - 1), Inline.plainText(inlines(h))));
            case Paragraph p -> out.add(new Block.Paragraph(kind, level, false, inlines(p)));
            case BlockQuote q -> blocks(q, out, kind == ParagraphKind.QUOTE ? level + 1 : 0, ParagraphKind.QUOTE);
            case ListBlock list -> list(list, out, kind == ParagraphKind.BODY || kind == ParagraphKind.QUOTE ? 0 : level + 1);
            case FencedCodeBlock code -> out.add(new Block.Code(trimEnd(code.getContentChars().toString()), code.getInfo().toString()));
            case IndentedCodeBlock code -> out.add(new Block.Code(trimEnd(code.getContentChars().toString()), ""));
            case TableBlock table -> out.add(table(table));
            case HtmlBlock html -> out.add(new Block.Code(trimEnd(html.getChars().toString()), "html"));
            case ThematicBreak br -> {
            }
            case FootnoteBlock definition -> {
                // printed where it is referenced
            }
            default -> blocks(n, out, level, kind);
        }
    }

    private void list(ListBlock list, List<Block> out, int level) {
        ParagraphKind kind = list instanceof OrderedList ? ParagraphKind.NUMBERED : ParagraphKind.BULLET;
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean firstParagraph = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p && firstParagraph) {
                    out.add(new Block.Paragraph(kind, level, first, inlines(p)));
                    first = false;
                    firstParagraph = false;
                } else if (c instanceof ListBlock nested) {
                    list(nested, out, level + 1);
                } else if (c instanceof Paragraph p) {
                    // a second paragraph of a loose item continues the item, indented under it
                    out.add(new Block.Paragraph(ParagraphKind.BODY, level + 1, false, inlines(p)));
                } else {
                    block(c, out, level + 1, kind);
                }
            }
        }
    }

    private Block.Table table(TableBlock table) {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue; // the |---| line
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tc) {
                        cells.add(new Cell(List.of(unescapePipes(inlines(tc))), false));
                    }
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        return new Block.Table("", rows, headerRows, false);
    }

    /** In a table, code writes its pipe as "\\|" (GFM), which flexmark leaves in the code's text. */
    private static List<Inline> unescapePipes(List<Inline> inlines) {
        return inlines.stream()
                .map(i -> i instanceof Inline.Text t && t.has(Mark.CODE) ? new Inline.Text(t.text().replace("\\|", "|"), t.marks()) : i)
                .toList();
    }

    /** The inline content of a node, flattened into formatted runs. */
    List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        inlines(parent, EnumSet.of(Mark.CONTENT), out); // a note is the case's own words
        return merge(out);
    }

    private void inlines(Node parent, Set<Mark> marks, List<Inline> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> out.add(new Inline.Text(t.getChars().unescape(), marks));
                case HtmlEntity e -> out.add(new Inline.Text(e.getChars().unescape(), marks));
                case Emphasis e -> inlines(e, with(marks, Mark.ITALIC), out);
                case StrongEmphasis s -> inlines(s, with(marks, Mark.BOLD), out);
                case Strikethrough s -> inlines(s, with(marks, Mark.STRIKE), out);
                case Code c -> out.add(new Inline.Text(c.getText().toString(), with(marks, Mark.CODE)));
                case Image img -> out.add(new Inline.Text(text.get("note.image", img.getText().unescape()), marks));
                case Link l -> {
                    List<Inline> label = new ArrayList<>();
                    inlines(l, marks, label);
                    link(merge(label), l.getUrl().unescape(), out);
                }
                case AutoLink a -> link(List.of(new Inline.Text(a.getText().toString(), marks)), a.getUrl().toString(), out);
                case MailLink m -> out.add(new Inline.Link(List.of(new Inline.Text(m.getText().toString(), marks)),
                        "mailto:" + m.getText()));
                case SoftLineBreak br -> out.add(new Inline.Text(" ", marks));
                case HardLineBreak br -> out.add(new Inline.Break());
                case Footnote ref -> out.add(footnote(ref));
                default -> inlines(n, marks, out);
            }
        }
    }

    /**
     * A link a reader can follow safely (web or e-mail); any other ({@code javascript:}, {@code file:}, {@code data:}, a
     * path) would run or open something on the reader's machine, or lead nowhere outside the library: its text stays.
     */
    private static void link(List<Inline> label, String url, List<Inline> out) {
        if (SafeText.isWebLink(url)) {
            out.add(new Inline.Link(label, url));
        } else {
            out.addAll(label);
        }
    }

    private Inline footnote(Footnote ref) {
        FootnoteBlock definition = ref.getFootnoteBlock();
        if (definition == null) {
            // an undefined reference stays as the reader typed it
            return Inline.plain("[^" + ref.getText() + "]");
        }
        List<Inline> content = new ArrayList<>();
        for (Node c = definition.getFirstChild(); c != null; c = c.getNext()) {
            if (!content.isEmpty()) {
                content.add(Inline.plain(" "));
            }
            content.addAll(c instanceof Paragraph p ? inlines(p) : List.of(Inline.plain(c.getChars().toString().trim())));
        }
        return new Inline.Footnote(content);
    }

    private static Set<Mark> with(Set<Mark> marks, Mark mark) {
        EnumSet<Mark> s = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
        s.add(mark);
        return s;
    }

    /** Joins neighbouring runs with the same formatting (flexmark splits text at every escape and line break). */
    static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (!out.isEmpty() && i instanceof Inline.Text t && out.get(out.size() - 1) instanceof Inline.Text last
                    && last.marks().equals(t.marks()) && !t.has(Mark.CODE)) {
                out.set(out.size() - 1, new Inline.Text(last.text() + t.text(), t.marks()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static String trimEnd(String s) {
        return s.stripTrailing();
    }
}
