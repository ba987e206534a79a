package org.coprod.ui.retrieval;

import java.util.Optional;

import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Segment;

/**
 * A coded passage with some of its text before and after, on one line, as a list of quotations shows it. Offsets are
 * code points ({@link CodePoints}); a passage whose text cannot be read is its recorded quote alone.
 */
public record PassageContext(String before, String quote, String after) {

    /** How much text, in characters, is shown before a passage: little, so the passage shows in a narrow column. */
    public static final int BEFORE = 40;
    /** How much text is shown after a passage. */
    public static final int AFTER = 80;

    public static PassageContext of(Segment segment) {
        return of(segment, BEFORE, AFTER);
    }

    /** The passage alone, with no context. */
    public static PassageContext alone(Segment segment) {
        return of(segment, 0, 0);
    }

    public static PassageContext of(Segment segment, int around) {
        return of(segment, around, around);
    }

    public static PassageContext of(Segment segment, int beforeChars, int afterChars) {
        Optional<String> text = segment.getText() == null ? Optional.empty() : Texts.of(segment.getText());
        String recorded = segment.getQuote() == null ? "" : segment.getQuote();
        if (text.isEmpty() || !CodePoints.inside(segment.getStart(), segment.getEnd(), CodePoints.length(text.get()))) {
            return new PassageContext("", oneLine(recorded), "");
        }
        String t = text.get();
        int start = segment.getStart();
        int end = segment.getEnd();
        int length = CodePoints.length(t);
        String before = CodePoints.slice(t, Math.max(0, start - beforeChars), start);
        String after = CodePoints.slice(t, end, Math.min(length, end + afterChars));
        // Cut the context at a word, so that it does not start or end in the middle of one.
        if (beforeChars > 0 && start - beforeChars > 0) {
            int space = before.indexOf(' ');
            before = "…" + (space >= 0 && space < before.length() - 1 ? before.substring(space + 1) : before);
        }
        if (afterChars > 0 && end + afterChars < length) {
            int space = after.lastIndexOf(' ');
            after = (space > 0 ? after.substring(0, space) : after) + "…";
        }
        return new PassageContext(oneLine(before), oneLine(CodePoints.slice(t, start, end)), oneLine(after));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The whole line: context, passage, context. */
    public String line() {
        return before + quote + after;
    }
}
