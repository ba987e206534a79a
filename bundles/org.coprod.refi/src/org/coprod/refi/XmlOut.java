package org.coprod.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML one element at a time, indented, so that two exports of a library can be compared line by line. Text and
 * attribute values are escaped here; characters XML 1.0 cannot hold (most control characters, lone surrogates) become
 * U+FFFD and are counted, so a library value can never make an invalid file. An empty value is never written: the
 * REFI-QDA schema refuses empty numbers, and an empty element says nothing.
 */
final class XmlOut {

    private static final int REPLACEMENT = 0xFFFD;
    private static final String REPLACEMENT_TEXT = Character.toString(REPLACEMENT);

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the start tag of the innermost open element still waits for its {@code >}. */
    private boolean tagOpen;
    /** Whether the innermost open element has child elements (its end tag then goes on a line of its own). */
    private boolean hasChildren;
    private int replaced;

    XmlOut(OutputStream stream) {
        this.out = new Utf8Sink(stream);
    }

    void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    XmlOut start(String name) throws IOException {
        if (tagOpen) {
            out.write('>');
        }
        out.write('\n');
        indent(open.size());
        out.write('<');
        out.write(name);
        open.push(name);
        tagOpen = true;
        hasChildren = false;
        return this;
    }

    /** An attribute of the element just started; a null or empty value is left out. */
    XmlOut attr(String name, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " after the content of <" + open.peek() + ">");
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    /** The text of the element just started (its only content). */
    XmlOut text(String value) throws IOException {
        if (tagOpen) {
            out.write('>');
            tagOpen = false;
        }
        escape(value, false);
        return this;
    }

    void end() throws IOException {
        String name = open.pop();
        if (tagOpen) {
            out.write("/>");
        } else {
            if (hasChildren) {
                out.write('\n');
                indent(open.size());
            }
            out.write("</");
            out.write(name);
            out.write('>');
        }
        tagOpen = false;
        hasChildren = true; // the parent now has a child
    }

    /** An element holding only text; nothing when the text is null or empty. */
    void element(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            start(name).text(value).end();
        }
    }

    /** An element with one GUID reference attribute, such as {@code <CodeRef targetGUID="…"/>}. */
    void ref(String name, String guid) throws IOException {
        start(name).attr("targetGUID", guid).end();
    }

    /** Ends the document and flushes it (the stream stays open: it may be a zip entry). */
    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("<" + open.peek() + "> is still open");
        }
        out.write('\n');
        out.flush();
    }

    /** How many characters XML cannot hold were replaced by U+FFFD. */
    int replaced() {
        return replaced;
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    /**
     * Writes the value escaped: the runs of characters that need nothing are written whole (a character at a time made
     * escaping most of an export's time, profiled on 200,000 passages).
     */
    private void escape(String value, boolean attribute) throws IOException {
        int run = 0;
        for (int i = 0; i < value.length();) {
            char ch = value.charAt(i);
            if (ch >= 0x20 && ch < 0xD800 && ch != '&' && ch != '<' && ch != '>' && ch != '"') {
                i++; // most characters: nothing to look up
                continue;
            }
            int cp = value.codePointAt(i);
            int n = Character.charCount(cp);
            String instead = instead(cp, attribute);
            if (instead != null) {
                out.write(value, run, i - run);
                out.write(instead);
                run = i + n;
            }
            i += n;
        }
        out.write(value, run, value.length() - run);
    }

    /** What a character is written as, or null when it is written as it is. */
    private String instead(int cp, boolean attribute) {
        return switch (cp) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            // a parser turns a raw CR (and, in an attribute, a tab or line feed) into something else: keep them as written
            case '\r' -> "&#13;";
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> {
                if (legal(cp)) {
                    yield null;
                }
                replaced++;
                yield REPLACEMENT_TEXT;
            }
        };
    }

    /**
     * The text with every character XML 1.0 cannot hold replaced by U+FFFD, one for one (so code-point offsets into it
     * stay right): what an import keeps in the library's XML files must be writable there.
     */
    static String clean(String text) {
        if (text == null || allLegal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(legal(cp) ? cp : REPLACEMENT));
        return out.toString();
    }

    /** Whether XML 1.0 can hold every character of the text: char by char, as an import checks every text it keeps. */
    private static boolean allLegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch >= 0xD800) {
                int cp = text.codePointAt(i);
                if (!legal(cp)) {
                    return false;
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return true;
    }

    /** Whether XML 1.0 can hold the character (a lone surrogate reads as its own code point, outside every range). */
    static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
