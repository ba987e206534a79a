package org.coprod.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.export.Block.Cell;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.export.Inline.Mark;

/**
 * Writes a brief as pandoc-compatible Markdown that also reads well as plain text: YAML front matter, ATX headings,
 * pipe tables with a caption line, footnotes ({@code [^1]}) gathered at the end, and the typology grid as a fenced text
 * drawing. Characters that pandoc would read as markup ($, @, ^, ~, ...) are escaped.
 */
public final class MarkdownWriter {

    /** A line (up to three spaces in) that CommonMark reads as an ordered list item: "1. ", "2) ". */
    private static final Pattern ORDERED = Pattern.compile("^ {0,3}\\d{1,9}([.)])(?:[ \t]|$)");
    /** A line that starts a bullet, an ATX heading, or underlines the line before as a setext heading or a rule. */
    private static final Pattern BLOCK = Pattern.compile("^ {0,3}(?:[-+](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|[-=][-= \t]*$)");

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final List<String> footnotes = new ArrayList<>();
    private final int[] numbers = new int[8];
    /** Inside a pipe table a "|" in code or a link would end the cell, and a line break would end the row. */
    private boolean inTable;
    private String figures = "brief";
    private int figureNumber;
    private BriefText words = BriefText.english();

    private MarkdownWriter() {
    }

    public static String toMarkdown(Brief brief) {
        return toMarkdown(brief, "brief");
    }

    /**
     * @param figures the start of the figures' file names: figure "grid" is the image {@code <figures>-grid.png}
     *                beside the Markdown file ({@link #figureFile})
     */
    public static String toMarkdown(Brief brief, String figures) {
        MarkdownWriter w = new MarkdownWriter();
        w.figures = figures;
        w.words = brief.text();
        w.write(SafeText.of(brief));
        return w.out.toString();
    }

    public static void write(Brief brief, Writer writer) throws IOException {
        writer.write(toMarkdown(brief));
    }

    private void write(Brief brief) {
        out.append("---\n");
        yaml("title", brief.title());
        yaml("subtitle", brief.subject());
        yaml("author", brief.author());
        yaml("date", brief.date().toString());
        yaml("subject", brief.subject());
        yaml("audience", brief.audience());
        yaml("definition", brief.definition());
        out.append("cases: [").append(String.join(", ", brief.caseIds().stream().map(MarkdownWriter::yamlScalar).toList())).append("]\n");
        // the brief's own words are in its language; the cases' content keeps its own (content-lang)
        out.append("lang: ").append(words.tag()).append('\n');
        out.append("content-lang: ").append(BriefText.tag(Brief.CONTENT_LANGUAGE)).append('\n');
        out.append("---\n");
        Block previous = null;
        for (Block b : brief.blocks()) {
            if (b instanceof Block.Paragraph p && p.kind() == ParagraphKind.SUBTITLE || b instanceof Block.Contents) {
                continue; // the subtitle is in the front matter; Markdown readers build their own contents
            }
            boolean tight = previous instanceof Block.Paragraph a && b instanceof Block.Paragraph p && isItem(a) && isItem(p)
                    && (!p.listStart() || p.level() > a.level());
            out.append(tight ? "" : "\n");
            block(b);
            previous = b;
        }
        if (!footnotes.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < footnotes.size(); i++) {
                out.append("[^").append(i + 1).append("]: ").append(footnotes.get(i)).append('\n');
            }
        }
    }

    private static boolean isItem(Block.Paragraph p) {
        return p.kind() == ParagraphKind.BULLET || p.kind() == ParagraphKind.NUMBERED;
    }

    private void yaml(String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(key).append(": ").append(yamlScalar(value)).append('\n');
        }
    }

    /**
     * A YAML single-quoted scalar, in which only the quote needs escaping (as two). Pandoc reads a metadata string as
     * Markdown, so the text is escaped as Markdown first: a title "&lt;script&gt;" stays text in pandoc's HTML. YAML allows
     * no control characters (the brief has none left but tab and line feed) and a value here is one line.
     */
    static String yamlScalar(String s) {
        String line = s.replace('\n', ' ').replace('\t', ' ').replace('\u2028', ' ').replace('\u2029', ' ').strip();
        return "'" + escapeStart(escape(line, false)).replace("'", "''") + "'";
    }

    private void block(Block b) {
        switch (b) {
            case Block.Heading h -> out.append("#".repeat(h.level())).append(' ').append(escape(h.text(), true)).append('\n');
            case Block.Paragraph p -> paragraph(p);
            case Block.Table t -> table(t);
            case Block.Grid g -> grid(g);
            case Block.Picture p -> picture(p);
            case Block.Code c -> code(c);
            case Block.Contents c -> {
            }
        }
    }

    private void paragraph(Block.Paragraph p) {
        String indent = "    ".repeat(p.level());
        String text = escapeLines(inlines(p.inlines()));
        switch (p.kind()) {
            case BULLET -> out.append(indent).append("- ").append(text.replace("\n", "\n" + indent + "  ")).append('\n');
            case NUMBERED -> {
                if (p.listStart()) {
                    numbers[Math.min(p.level(), 7)] = 0;
                }
                int n = ++numbers[Math.min(p.level(), 7)];
                out.append(indent).append(n).append(". ").append(text.replace("\n", "\n" + indent + "   ")).append('\n');
            }
            case QUOTE -> {
                String prefix = "> ".repeat(p.level() + 1);
                out.append(prefix).append(text.replace("\n", "\n" + prefix)).append('\n');
            }
            case CAPTION -> out.append('*').append(text.strip()).append("*\n");
            default -> out.append(indent).append(text.replace("\n", "\n" + indent)).append('\n');
        }
    }

    /**
     * Each line of a paragraph, escaped where it would start a block: a text line after a break that begins "# " would
     * become a heading inside the paragraph's quote or list item, and a line "---" would turn the line before into one.
     */
    private static String escapeLines(String text) {
        if (text.indexOf('\n') < 0) {
            return escapeStart(text);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = escapeStart(lines[i]);
        }
        return String.join("\n", lines);
    }

    /** A line starting like a list item, heading or rule would be read as one: escape the character that makes it so. */
    private static String escapeStart(String line) {
        Matcher ordered = ORDERED.matcher(line);
        if (ordered.find()) {
            return line.substring(0, ordered.start(1)) + "\\" + line.substring(ordered.start(1));
        }
        if (BLOCK.matcher(line).find()) {
            int at = line.length() - line.stripLeading().length();
            return line.substring(0, at) + "\\" + line.substring(at);
        }
        return line;
    }

    private void table(Block.Table t) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (List<Cell> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                cells.add(String.join("; ", c.lines().stream().map(this::cellText).toList()));
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        List<String> notes = shorten(rows, t.headerRows(), columns);
        if (t.headerRows() == 0) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                empty.add(" ");
            }
            rows.add(0, empty);
        }
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Math.max(3, row.get(i).length()));
            }
        }
        // pad columns for plain-text readers, unless a column is so wide that padding only adds noise
        boolean pad = Arrays.stream(widths).sum() <= 160;
        for (int r = 0; r < rows.size(); r++) {
            line(rows.get(r), widths, pad);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int i = 0; i < columns; i++) {
                    // pandoc sizes wide tables' columns by the dashes of this rule
                    rule.add("-".repeat(pad ? widths[i] : Math.max(3, Math.min(40, widths[i]))));
                }
                line(rule, widths, pad);
            }
        }
        if (t.caption() != null && !t.caption().isBlank()) {
            out.append("\nTable: ").append(escape(t.caption(), false)).append('\n');
        }
        for (String note : notes) {
            out.append('\n').append(note).append('\n');
        }
    }

    /** Characters of table text a plain-text reader takes in across one line. */
    static final int TABLE_LINE = 120;

    /**
     * Keeps a pipe table no wider than a reader's line: a cell longer than its share of {@link #TABLE_LINE} keeps its
     * first words and "(note A)", and its whole text goes in "Note A" below the table. Header cells stay whole.
     */
    private List<String> shorten(List<List<String>> rows, int headerRows, int columns) {
        int limit = Math.max(24, TABLE_LINE / Math.max(1, columns));
        List<String> notes = new ArrayList<>();
        for (int r = headerRows; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 1; c < row.size(); c++) { // the first column names the row: it stays whole
                String cell = row.get(c);
                int room = Math.max(limit, headerRows > 0 && c < rows.get(0).size() ? rows.get(0).get(c).length() : 0);
                if (cell.length() <= room) {
                    continue;
                }
                String label = noteLabel(notes.size());
                String header = headerRows > 0 && c < rows.get(0).size() ? rows.get(0).get(c) : "";
                String rowLabel = row.get(0).isBlank() ? "" : row.get(0);
                String where = String.join(", ", List.of(rowLabel, header).stream().filter(x -> !x.isBlank()).toList());
                notes.add(words.get(where.isEmpty() ? "md.note" : "md.noteAt", label, where) + ": " + cell);
                row.set(c, lead(cell, room - 12) + "(" + words.get("md.noteRef", label) + ")");
            }
        }
        return notes;
    }

    /** A, B, ... Z, AA, AB ... */
    private static String noteLabel(int n) {
        return n < 26 ? String.valueOf((char) ('A' + n)) : noteLabel(n / 26 - 1) + (char) ('A' + n % 26);
    }

    /** The first words of a cell that fit, when cutting there leaves no code span, link or emphasis open; else nothing. */
    private static String lead(String cell, int room) {
        int cut = cell.lastIndexOf(' ', Math.max(0, room));
        if (cut <= 0) {
            return "";
        }
        String head = cell.substring(0, cut);
        boolean balanced = head.chars().filter(ch -> ch == '`').count() % 2 == 0 && !head.contains("](")
                && !head.matches(".*(?<!\\\\)\\[[^\\]]*")
                && head.split("\\*\\*", -1).length % 2 == 1 && !head.endsWith("\\");
        return balanced ? head + "\u2026 " : "";
    }

    /** A line of a cell: text escapes its "|" already (see escape), code and links do here, and breaks become spaces. */
    private String cellText(List<Inline> line) {
        inTable = true;
        try {
            return inlines(line).replace("\n", " ");
        } finally {
            inTable = false;
        }
    }

    private void line(List<String> cells, int[] widths, boolean pad) {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            out.append(' ').append(c);
            if (pad) {
                out.append(" ".repeat(widths[i] - c.length()));
            }
            out.append(" |");
        }
        out.append('\n');
    }

    /** The figure's file name beside a Markdown brief whose figures start with this name. */
    public static String figureFile(String figures, Figure f) {
        return figures + "-" + f.name() + ".png";
    }

    /** The drawn grid as an image, then the same grid as text for plain-text readers, then the caption. */
    private void grid(Block.Grid g) {
        int n = ++figureNumber;
        if (g.figure() != null) {
            image(g.figure(), n, g.table().caption());
        }
        out.append("```text\n").append(GridDrawing.draw(g.table())).append("```\n\n");
        out.append(words.get("label.figure")).append(' ').append(n).append(". ").append(escape(g.table().caption(), false)).append(". ")
                .append(inlines(g.legend()).strip()).append('\n');
    }

    private void picture(Block.Picture p) {
        int n = ++figureNumber;
        image(p.figure(), n, p.caption());
        out.append(words.get("label.figure")).append(' ').append(n).append(". ").append(escape(p.caption(), false)).append('\n');
    }

    private void image(Figure f, int n, String caption) {
        out.append("![").append(words.get("label.figure")).append(' ').append(n).append(". ").append(escape(caption, false)).append("](")
                .append(url(figureFile(figures, f)))
                .append(" \"").append(f.alt().replace("\\", "\\\\").replace("\"", "\\\"")).append("\")\n\n");
    }

    private void code(Block.Code c) {
        String fence = "```";
        while (c.text().contains(fence)) {
            fence += "`";
        }
        out.append(fence).append(c.language() == null ? "" : c.language()).append('\n').append(c.text()).append('\n').append(fence)
                .append('\n');
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            switch (i) {
                case Inline.Text t -> b.append(text(t));
                case Inline.Link l -> b.append('[').append(inlines(l.label())).append("](").append(url(l.url())).append(')');
                case Inline.Break br -> b.append(inTable ? " " : "\\\n");
                case Inline.Footnote f -> {
                    boolean table = inTable;
                    inTable = false; // the note is written after the text, outside any table
                    footnotes.add(inlines(f.content()).replace("\n", " "));
                    inTable = table;
                    b.append("[^").append(footnotes.size()).append(']');
                }
            }
        }
        return b.toString();
    }

    private static String url(String url) {
        String u = url.replace("|", "%7C"); // the same address, and never a cell boundary
        return u.matches(".*[\\s()<>].*") ? "<" + u.replace(">", "%3E").replace(" ", "%20") + ">" : u;
    }

    /** Emphasis delimiters must touch the text, so surrounding spaces go outside them. */
    private String text(Inline.Text t) {
        String s = t.text();
        if (t.marks().isEmpty() || s.isBlank()) {
            return t.has(Mark.CODE) ? codeSpan(s) : escape(s, false);
        }
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String core = t.has(Mark.CODE) ? codeSpan(s.substring(start, end)) : escape(s.substring(start, end), false);
        if (t.has(Mark.STRIKE)) {
            core = "~~" + core + "~~";
        }
        if (t.has(Mark.ITALIC)) {
            core = "*" + core + "*";
        }
        if (t.has(Mark.BOLD)) {
            core = "**" + core + "**";
        }
        return s.substring(0, start) + core + s.substring(end);
    }

    private String codeSpan(String s) {
        String ticks = "`";
        while (s.contains(ticks)) {
            ticks += "`";
        }
        if (inTable && s.contains("|")) {
            // GFM ends a cell at a "|" in code unless it is written "\|", which pandoc then prints with its backslash:
            // only plain text says "|" to both
            return escape(s, false);
        }
        boolean pad = s.startsWith("`") || s.endsWith("`");
        return ticks + (pad ? " " : "") + s + (pad ? " " : "") + ticks;
    }

    /** Escapes what CommonMark or pandoc would read as markup, including pandoc's $math$, @citations, ^sup^ and ~sub~. */
    static String escape(String s, boolean heading) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '$', '^', '~', '|' -> b.append('\\').append(c);
                case '@' -> b.append(i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) ? "\\@" : "@");
                case '#' -> b.append(heading && i == s.length() - 1 ? "\\#" : "#");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
