package org.coprod.export;

import static org.coprod.testing.CodedLibraries.BETA_NOTE;
import static org.coprod.testing.CodedLibraries.BETA_NOTE_TITLE;
import static org.coprod.testing.CodedLibraries.DOCUMENT_PASSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.testing.CodedLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brief quotes one passage for each typology placement that has evidence, with its citation, and nothing for one that has none. */
class PlacementQuotesTests {

    @TempDir
    static Path dir;
    static Library library;

    @BeforeAll
    static void library() throws Exception {
        library = CodedLibraries.write(dir.resolve("library"));
    }

    private static Brief brief(String... ids) throws Exception {
        List<Case> cases = BriefExport.cases(library, List.of(ids));
        return BriefAssembler.assemble(BriefRequest.of(cases).withDetail(BriefDetail.FULL));
    }

    private static List<Block.Paragraph> quotations(Brief brief) {
        List<Block.Paragraph> found = new ArrayList<>();
        for (Block b : brief.blocks()) {
            if (b instanceof Block.Paragraph p && p.kind() == Block.ParagraphKind.QUOTE && p.plainText().matches("^P\\d-D\\d.*")) {
                found.add(p);
            }
        }
        return found;
    }

    private static boolean leadsIn(Brief brief) {
        return brief.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.plainText().contains("coded as evidence"));
    }

    @Test
    void aPlacementWithEvidenceIsQuotedWithTheSourceOfItsDocument() throws Exception {
        Brief brief = brief("alpha");
        List<Block.Paragraph> quotes = quotations(brief);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).plainText().matches("\\QP2-D2? (coder, high): \u201C" + DOCUMENT_PASSAGE
                + "\u201D [\\E\\d+: Souza et al\\. 2019(, [^\\]]+)?\\]"), quotes.get(0).plainText());
        assertTrue(leadsIn(brief));
        // the source cited goes to the reference list
        assertTrue(brief.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && p.plainText().matches("\\[\\d+\\] Souza, A. and Lima, B. \\(2019\\). Budget voices..*")));
    }

    @Test
    void aPlacementWhoseEvidenceIsANoteIsCitedByTheNotesTitle() throws Exception {
        List<Block.Paragraph> quotes = quotations(brief("beta"));
        assertEquals(1, quotes.size());
        assertEquals("P1-D1? (coder, high): \u201C" + BETA_NOTE + "\u201D [case note \u201C" + BETA_NOTE_TITLE + "\u201D]",
                quotes.get(0).plainText());
    }

    @Test
    void aPlacementWithoutEvidencePrintsNoQuotation() throws Exception {
        Case gamma = library.findCase("gamma").orElseThrow();
        assertEquals(1, gamma.getCodings().size(), "gamma has a placement");
        assertTrue(gamma.getCodings().get(0).getSegments().isEmpty(), "and no evidence for it");
        Brief brief = brief("gamma");
        assertEquals(List.of(), quotations(brief));
        assertFalse(leadsIn(brief), "no sentence leading into quotations that are not there");
        assertFalse(brief.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.plainText().contains("\u201C")
                && p.kind() == Block.ParagraphKind.QUOTE && p.plainText().startsWith("P3-D3")));
    }

    @Test
    void aComparativeBriefQuotesUnderEachCaseThatHasEvidence() throws Exception {
        Brief brief = brief("alpha", "beta", "gamma");
        List<Block.Paragraph> quotes = quotations(brief);
        assertEquals(2, quotes.size());
        List<String> headings = new ArrayList<>();
        String under = null;
        for (Block b : brief.blocks()) {
            if (b instanceof Block.Heading h && h.level() == 2) {
                under = h.text();
            } else if (quotes.contains(b)) {
                headings.add(under);
            }
        }
        assertEquals(List.of("Alpha budget forum", "Beta village shop"), headings);
    }

    @Test
    void aLongPassageIsCutAfterFortyWordsWithAnEllipsis() {
        List<String> words = new ArrayList<>();
        for (int i = 1; i <= 55; i++) {
            words.add("w" + i);
        }
        String cut = PlacementQuotes.trimmed(String.join(" ", words) + ".");
        assertEquals(String.join(" ", words.subList(0, 40)) + "\u2026", cut);
        assertEquals("Short and\nkept".replace('\n', ' '), PlacementQuotes.trimmed("Short and\nkept"));
        String comma = String.join(" ", words.subList(0, 39)) + " w40, w41 w42";
        assertEquals(String.join(" ", words.subList(0, 40)) + "\u2026", PlacementQuotes.trimmed(comma), "no comma before the ellipsis");
        String cjk = "\u5171".repeat(500);
        assertEquals("\u5171".repeat(300) + "\u2026", PlacementQuotes.trimmed(cjk), "text without spaces is cut by characters");
        String beyondBmp = "\uD840\uDC00".repeat(400);
        String cutBeyond = PlacementQuotes.trimmed(beyondBmp);
        assertEquals(300, cutBeyond.codePointCount(0, cutBeyond.length()) - 1, "never half a character");
    }

    /** The Word brief: the quotation is a Quote paragraph and its citation a real footnote. */
    @Test
    void theWordBriefShowsTheQuotationWithItsCitation() throws Exception {
        Path out = dir.resolve("alpha.docx");
        BriefRequest alpha = BriefRequest.of(BriefExport.cases(library, List.of("alpha"))).withDetail(BriefDetail.FULL);
        new BriefExport(BriefFormat.DOCX, out, null, library.folder(), true).run(alpha, new NullProgressMonitor());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph quote = doc.getParagraphs().stream().filter(p -> p.getText().contains(DOCUMENT_PASSAGE)).findFirst()
                    .orElseThrow();
            assertEquals("Quote", quote.getStyle());
            assertTrue(quote.getText().startsWith("P2-D2? (coder, high): \u201C"), quote.getText());
            assertTrue(quote.getText().contains(": Souza et al. 2019]"), quote.getText());
        }
    }
}
