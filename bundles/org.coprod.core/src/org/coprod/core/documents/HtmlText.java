package org.coprod.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as a reader sees it: one line for each paragraph, heading, list item or table cell, runs of
 * spaces collapsed, scripts and styles left out. jsoup's own {@code text()} would give one line for the whole page.
 */
final class HtmlText implements NodeVisitor {

    private final StringBuilder text = new StringBuilder();
    /** How deep the walk is inside {@code <pre>}, where line breaks are the author's. */
    private int preformatted;

    private HtmlText() {
    }

    static String of(Path file, byte[] content) throws DocumentException {
        Element body;
        try {
            // the charset from the byte order mark or the page's <meta>, UTF-8 when it names none
            body = Jsoup.parse(new ByteArrayInputStream(content), null, "").body();
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file + " cannot be read as an HTML page", e);
        }
        HtmlText walk = new HtmlText();
        body.traverse(walk);
        return lines(walk.text);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text.append(preformatted > 0 ? t.getWholeText() : t.text());
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                text.append('\n');
            } else if (e.isBlock()) {
                text.append('\n');
            }
            if (e.normalName().equals("pre")) {
                preformatted++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.normalName().equals("pre")) {
                preformatted--;
            }
            if (e.isBlock()) {
                text.append('\n');
            }
        }
    }

    /** The walk's text with each line's spaces collapsed and trimmed, and no empty lines. */
    private static String lines(CharSequence walked) {
        StringBuilder out = new StringBuilder(walked.length());
        for (String line : walked.toString().split("\n")) {
            String l = line.replaceAll("[ \\t\\r\\f]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
