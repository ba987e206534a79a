package org.coprod.export;

import java.time.LocalDate;
import java.util.List;

/**
 * A brief ready to be written: its front matter and its blocks in reading order. Built by {@link BriefAssembler},
 * written by {@link DocxWriter} and {@link MarkdownWriter}; it holds no EMF objects, so writers never touch the library.
 *
 * @param subject the policy question, also the document's subject property
 * @param caseIds the cases the brief is about, in the order chosen
 */
public record Brief(String title, String subject, String author, LocalDate date, String audience, String definition,
        List<String> caseIds, List<Block> blocks) {

    public Brief {
        caseIds = List.copyOf(caseIds);
        blocks = List.copyOf(blocks);
    }

    public boolean comparative() {
        return caseIds.size() > 1;
    }

    /** Headings, in order (what a table of contents lists). */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }
}
