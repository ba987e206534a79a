package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coprod.core.evidence.Texts;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Document;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;

/**
 * For each typology placement of a case that has evidence, one short quotation from its first coded passage, with its
 * citation: the source the document is, or else the document's or note's title. A placement without evidence gets
 * nothing, so that a brief never suggests a passage supports a placement when none was coded.
 */
final class PlacementQuotes {

    /** About this many words of a passage are quoted: a brief shows the evidence, the library holds it. */
    static final int WORDS = 40;
    /** At most this many characters, for scripts written without spaces between words. */
    static final int CHARACTERS = 300;

    private PlacementQuotes() {
    }

    /** Adds the quotations of the case's placements (and a line leading into them) when at least one has evidence. */
    static void write(Case c, Citations citations, Blocks body, CaseFacts facts) {
        List<List<Inline>> quotes = new ArrayList<>();
        for (TypologyCoding k : c.getCodings()) {
            first(k).ifPresent(s -> {
                List<Inline> line = new ArrayList<>();
                line.add(Inline.bold(facts.coding(k) + ": "));
                line.add(Inline.content("\u201C" + trimmed(s.getQuote()) + "\u201D"));
                line.addAll(cite(s.getText(), citations, facts));
                quotes.add(line);
            });
        }
        if (quotes.isEmpty()) {
            return;
        }
        body.paragraph(facts.t(quotes.size() == 1 ? "quotes.one" : "quotes.each"));
        quotes.forEach(q -> body.paragraph(ParagraphKind.QUOTE, q));
    }

    /** The placement's first evidence passage that quotes something. */
    static Optional<Segment> first(TypologyCoding k) {
        return k.getSegments().stream().filter(s -> s.getQuote() != null && !s.getQuote().isBlank()).findFirst();
    }

    /** The passage on one line, cut after {@link #WORDS} words or {@link #CHARACTERS} characters with an ellipsis. */
    static String trimmed(String quote) {
        return trimmed(quote, WORDS);
    }

    /** The text on one line, cut after so many words or {@link #CHARACTERS} characters with an ellipsis. */
    static String trimmed(String quote, int most) {
        String[] words = quote.strip().split("\\s+");
        boolean cut = words.length > most;
        String text = String.join(" ", cut ? List.of(words).subList(0, most) : List.of(words));
        int characters = CHARACTERS * most / WORDS;
        if (text.codePointCount(0, text.length()) > characters) {
            text = text.substring(0, text.offsetByCodePoints(0, characters));
            cut = true;
        }
        return cut ? text.stripTrailing().replaceAll("[,;:]+$", "") + "\u2026" : text;
    }

    /** The source the document is (a numbered reference), or the document's or note's title. */
    private static List<Inline> cite(CodableText text, Citations citations, CaseFacts facts) {
        if (text instanceof Document d && d.getSource() != null) {
            return citations.cite(d.getSource());
        }
        if (text == null) {
            return List.of();
        }
        String what = facts.t(text instanceof Document ? "quotes.document" : "quotes.note", Texts.title(text));
        return List.of(Inline.plain(" [" + what + "]"));
    }
}
