package org.coprod.search;

/**
 * The readable text of a Markdown note, for indexing and snippets: markers ({@code #}, {@code *}, {@code _},
 * backticks, table pipes, link targets, images) go, words and line breaks stay. A single pass over the characters,
 * because every note of a large library goes through it on a rebuild.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String plain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int n = markdown.length();
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char ch = markdown.charAt(i);
            if (lineStart) {
                // Block markers at the start of a line: headings, quotes, list bullets, rules, fences.
                int j = i;
                while (j < n && (markdown.charAt(j) == ' ' || markdown.charAt(j) == '\t')) {
                    j++;
                }
                while (j < n && (markdown.charAt(j) == '#' || markdown.charAt(j) == '>')) {
                    j++;
                }
                if (j + 1 < n && (markdown.charAt(j) == '-' || markdown.charAt(j) == '+' || markdown.charAt(j) == '*')
                        && markdown.charAt(j + 1) == ' ') {
                    j += 2;
                }
                if (j > i) {
                    i = j - 1;
                    lineStart = false;
                    out.append(' ');
                    continue;
                }
                lineStart = false;
            }
            switch (ch) {
            case '\n' -> {
                out.append('\n');
                lineStart = true;
            }
            case '*', '_', '`', '|', '~', '#' -> out.append(' ');
            case '!' -> {
                if (i + 1 < n && markdown.charAt(i + 1) == '[') {
                    out.append(' ');
                } else {
                    out.append(ch);
                }
            }
            case '[' -> out.append(' ');
            case ']' -> {
                // [text](target): keep the text, drop the target.
                out.append(' ');
                if (i + 1 < n && markdown.charAt(i + 1) == '(') {
                    int close = markdown.indexOf(')', i + 2);
                    if (close > 0 && markdown.indexOf('\n', i + 2) > close || close > 0 && markdown.indexOf('\n', i + 2) < 0) {
                        i = close;
                    }
                }
            }
            default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
