package org.coprod.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A piece of running text in a brief: formatted text, a link, a footnote or a line break. */
public sealed interface Inline {

    /** Character formatting that both writers can express. */
    enum Mark {
        BOLD, ITALIC, CODE, STRIKE
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
