package org.coprod.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.stream.Collectors;

import org.coprod.core.evidence.Texts;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.Segment;

/**
 * How every export names a coded passage: its codes, coder and date, and where it lies (the document or note and its
 * range in code points, the start and end {@code coprod segments} prints), so that a quotation can be found again.
 */
final class Passages {

    /** Excel's and LibreOffice's limit on the text of one spreadsheet cell. */
    static final int CELL_LIMIT = 32_767;

    private Passages() {
    }

    /** The names of the passage's codes, in the order it has them: "trust, co-financing". */
    static String codes(Segment s, String separator) {
        return s.getCodes().stream().map(Passages::name).collect(Collectors.joining(separator));
    }

    static String name(Code code) {
        return code.getName() == null || code.getName().isBlank() ? code.getId() : code.getName();
    }

    /** The coder's name, or "unknown coder". */
    static String coder(Segment s) {
        Coder c = s.getCoder();
        return c == null || c.getName() == null || c.getName().isBlank() ? "unknown coder" : c.getName();
    }

    /** The day the passage was coded, where the user is; null when not recorded. */
    static LocalDate day(Segment s) {
        Date d = s.getCodedOn();
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
    }

    /** The day as ISO 8601 ("2024-05-02"), for tables; empty when not recorded. */
    static String isoDay(Segment s) {
        LocalDate d = day(s);
        return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** The day as a reader writes it ("2 May 2024"); empty when not recorded. */
    static String readableDay(Segment s) {
        LocalDate d = day(s);
        return d == null ? "" : BriefAssembler.DATE.format(d);
    }

    /** "document" or "note". */
    static String kind(CodableText text) {
        return text instanceof Document ? "document" : "note";
    }

    /** The title of the text the passage lies in (its id when it has none). */
    static String title(Segment s) {
        return s.getText() == null ? "" : Texts.title(s.getText());
    }

    /** The id of the note or document, as {@code coprod segments} prints it. */
    static String textId(Segment s) {
        return s.getText() == null || s.getText().getId() == null ? "" : s.getText().getId();
    }

    /** Where the passage lies: "document “Interview with the mayor”, 120–245". */
    static String where(Segment s) {
        if (s.getText() == null) {
            return "text not found, " + s.getStart() + "–" + s.getEnd();
        }
        return kind(s.getText()) + " \u201C" + title(s) + "\u201D, " + s.getStart() + "–" + s.getEnd();
    }

    /** The quoted text; empty when none was recorded. */
    static String quote(Segment s) {
        return s.getQuote() == null ? "" : s.getQuote();
    }

    /** The quote and where it lies, as one line of a table: "“…” (note “Field visit”, 0–42)". */
    static String cited(Segment s) {
        return "\u201C" + quote(s) + "\u201D (" + where(s) + ")";
    }

    /** Text cut to what a spreadsheet cell holds, saying how much was left out (never splitting a character). */
    static String fitCell(String text) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        int keep = CELL_LIMIT - 80; // room for the note
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "… (" + text.codePointCount(keep, text.length())
                + " more characters; the full text is in the library)";
    }
}
