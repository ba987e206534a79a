package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes a brief safe to write, whatever a case record or note holds: characters no reader accepts are removed (XML,
 * and so Word, refuses C0 controls; pandoc refuses them in YAML), and links are kept only when they lead to a web
 * page or an e-mail address, because a {@code javascript:} or {@code file:} link in a brief runs or opens something
 * on the reader's machine. A link that is dropped keeps its text.
 */
final class SafeText {

    private SafeText() {
    }

    /** The brief with every text made printable and every link not to the web reduced to its text. */
    static Brief of(Brief b) {
        return new Brief(printable(b.title()), printable(b.subject()), printable(b.author()), b.date(), printable(b.audience()),
                printable(b.definition()), b.caseIds().stream().map(SafeText::printable).toList(),
                b.blocks().stream().map(SafeText::block).toList(), b.language());
    }

    /**
     * Whether a link target is one a brief may carry: http, https or mailto. Browsers ignore tabs, line breaks and
     * leading spaces or controls in a scheme ({@code java\tscript:}), so those are removed before it is read.
     */
    static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        StringBuilder b = new StringBuilder(url.length());
        url.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c)).forEach(b::appendCodePoint);
        String scheme = b.toString().toLowerCase(Locale.ROOT);
        return scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("mailto:");
    }

    /**
     * The text without control characters other than tab and line feed (a carriage return becomes a line feed), and
     * without the code points XML 1.0 forbids (lone surrogates, U+FFFE, U+FFFF); null stays null.
     */
    static String printable(String s) {
        if (s == null || s.chars().allMatch(c -> keep(c) && !Character.isSurrogate((char) c))) {
            return s;
        }
        String lines = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                b.append(c).append(lines.charAt(++i));
            } else if (keep(c) && !Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text of a CSV cell that no spreadsheet takes for a formula: printable, and with an apostrophe before a first
     * character that would start one ({@code = + - @}, a tab), as OWASP advises against CSV injection; a spreadsheet
     * opening a quotation "=HYPERLINK(…)" would otherwise run it. Null becomes empty.
     */
    static String cell(String s) {
        String text = s == null ? "" : printable(s);
        return !text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static boolean keep(int c) {
        return c == '\n' || c == '\t' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c != 0xFFFE && c != 0xFFFF;
    }

    private static Block block(Block b) {
        return switch (b) {
            case Block.Heading h -> new Block.Heading(h.level(), printable(h.text()));
            case Block.Paragraph p -> new Block.Paragraph(p.kind(), p.level(), p.listStart(), inlines(p.inlines()));
            case Block.Table t -> table(t);
            case Block.Grid g -> new Block.Grid(table(g.table()), inlines(g.legend()), figure(g.figure()));
            case Block.Picture p -> new Block.Picture(figure(p.figure()), printable(p.caption()));
            case Block.Code c -> new Block.Code(printable(c.text()), printable(c.language()));
            case Block.Contents c -> c;
        };
    }

    /** A figure's alternative text is the library's text too (case names, countries): Word's docPr takes no control characters. */
    private static Figure figure(Figure f) {
        return f == null ? null : f.withAlt(printable(f.alt()));
    }

    private static Block.Table table(Block.Table t) {
        List<List<Block.Cell>> rows = new ArrayList<>(t.rows().size());
        for (List<Block.Cell> row : t.rows()) {
            List<Block.Cell> cells = new ArrayList<>(row.size());
            for (Block.Cell c : row) {
                cells.add(new Block.Cell(c.lines().stream().map(SafeText::inlines).toList(), c.shaded()));
            }
            rows.add(cells);
        }
        return new Block.Table(printable(t.caption()), rows, t.headerRows(), t.rowHeaders());
    }

    static List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) {
            switch (i) {
                case Inline.Text t -> out.add(new Inline.Text(printable(t.text()), t.marks()));
                case Inline.Link l -> {
                    if (isWebLink(l.url())) {
                        out.add(new Inline.Link(inlines(l.label()), printable(l.url()).strip()));
                    } else {
                        out.addAll(inlines(l.label()));
                    }
                }
                case Inline.Break br -> out.add(br);
                case Inline.Footnote f -> out.add(new Inline.Footnote(inlines(f.content())));
            }
        }
        return out;
    }
}
