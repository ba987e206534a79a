package org.coprod.search;

/**
 * The readable text of a Markdown note, for indexing and snippets: markers ({@code #}, {@code *}, {@code _},
 * backticks, table pipes, quote and list markers at the start of a line) and link targets become spaces; words and
 * line breaks stay where they were. The text keeps its length, and the work is one pass over a char array with no
 * appends, because every note of a large library goes through it on a rebuild.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String plain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        char[] c = markdown.toCharArray();
        int n = c.length;
        boolean changed = false;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (lineStart) {
                lineStart = false;
                // Block markers at the start of a line: headings, quotes, list bullets.
                int j = i;
                while (j < n && (c[j] == ' ' || c[j] == '\t')) {
                    j++;
                }
                while (j < n && (c[j] == '#' || c[j] == '>')) {
                    c[j++] = ' ';
                    changed = true;
                }
                if (j + 1 < n && (c[j] == '-' || c[j] == '+' || c[j] == '*') && c[j + 1] == ' ') {
                    c[j] = ' ';
                    changed = true;
                }
                ch = c[i];
            }
            switch (ch) {
            case '\n' -> lineStart = true;
            case '*', '_', '`', '|', '~', '#', '[' -> {
                c[i] = ' ';
                changed = true;
            }
            case '!' -> {
                if (i + 1 < n && c[i + 1] == '[') {
                    c[i] = ' ';
                    changed = true;
                }
            }
            case ']' -> {
                c[i] = ' ';
                changed = true;
                // [text](target): keep the text, blank the target.
                if (i + 1 < n && c[i + 1] == '(') {
                    int close = i + 2;
                    while (close < n && c[close] != ')' && c[close] != '\n') {
                        close++;
                    }
                    if (close < n && c[close] == ')') {
                        for (int k = i + 1; k <= close; k++) {
                            c[k] = ' ';
                        }
                        i = close;
                    }
                }
            }
            default -> {
                // a character of the text
            }
            }
        }
        return changed ? new String(c) : markdown;
    }
}
