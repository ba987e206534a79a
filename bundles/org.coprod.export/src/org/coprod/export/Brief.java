package org.coprod.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A brief ready to be written: its front matter and its blocks in reading order. Built by {@link BriefAssembler},
 * written by {@link DocxWriter} and {@link MarkdownWriter}; it holds no EMF objects, so writers never touch the library.
 *
 * @param subject the policy question, also the document's subject property
 * @param caseIds the cases the brief is about, in the order chosen
 * @param language the language of the brief's own words (its headings, labels, generated sentences); the cases' content
 *                 stays in the language it was written in, {@link #CONTENT_LANGUAGE}
 */
public record Brief(String title, String subject, String author, LocalDate date, String audience, String definition,
        List<String> caseIds, List<Block> blocks, Locale language) {

    /**
     * The language of the cases' own words (names, summaries, notes, quotations). The model records no language per case,
     * and the sample library and Participedia's records are written in English, so this is English.
     */
    public static final Locale CONTENT_LANGUAGE = Locale.UK;

    public Brief {
        caseIds = List.copyOf(caseIds);
        blocks = List.copyOf(blocks);
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A brief in English. */
    public Brief(String title, String subject, String author, LocalDate date, String audience, String definition,
            List<String> caseIds, List<Block> blocks) {
        this(title, subject, author, date, audience, definition, caseIds, blocks, Locale.ENGLISH);
    }

    /** The brief's own words in its language. */
    BriefText text() {
        return BriefText.of(language);
    }

    public boolean comparative() {
        return caseIds.size() > 1;
    }

    /** Headings, in order (what a table of contents lists). */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }
}
