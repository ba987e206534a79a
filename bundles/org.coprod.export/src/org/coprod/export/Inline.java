package org.coprod.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A piece of running text in a brief: formatted text, a link, a footnote or a line break. */
public sealed interface Inline {

    /**
     * Character formatting that both writers can express, and {@code CONTENT}: the case's own words, written in
     * {@link Brief#CONTENT_LANGUAGE} whatever the brief's language (Word marks their language; Markdown has no way to).
     */
    enum Mark {
        BOLD, ITALIC, CODE, STRIKE, CONTENT
    }

    /** Text with its formatting. */
    record Text(String text, Set<Mark> marks) implements Inline {
        public Text {
            marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        }

        public boolean has(Mark mark) {
            return marks.contains(mark);
        }
    }

    /** A hyperlink around formatted text. */
    record Link(List<Inline> label, String url) implements Inline {
        public Link {
            label = List.copyOf(label);
        }
    }

    /** A footnote: the writers number them in order of appearance. */
    record Footnote(List<Inline> content) implements Inline {
        public Footnote {
            content = List.copyOf(content);
        }
    }

    /** A forced line break inside a paragraph or a table cell. */
    record Break() implements Inline {
    }

    static Text plain(String text) {
        return new Text(text, Set.of());
    }

    static Text bold(String text) {
        return new Text(text, Set.of(Mark.BOLD));
    }

    static Text italic(String text) {
        return new Text(text, Set.of(Mark.ITALIC));
    }

    /** The case's own words (a summary, a note, a quotation), kept in the language they were written in. */
    static Text content(String text) {
        return new Text(text, Set.of(Mark.CONTENT));
    }

    static Text code(String text) {
        return new Text(text, Set.of(Mark.CODE));
    }

    /** The text a reader sees, without formatting or footnotes. */
    static String plainText(List<? extends Inline> inlines) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            switch (i) {
                case Text t -> b.append(t.text());
                case Link l -> b.append(plainText(l.label()));
                case Break br -> b.append('\n');
                case Footnote f -> {
                }
            }
        }
        return b.toString();
    }
}
