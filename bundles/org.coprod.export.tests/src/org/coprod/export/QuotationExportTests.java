package org.coprod.export;

import java.io.StringReader;
import java.util.Arrays;
import static org.coprod.testing.CodedLibraries.CODER;
import static org.coprod.testing.CodedLibraries.DOCUMENT_PASSAGE;
import static org.coprod.testing.CodedLibraries.DOCUMENT_TITLE;
import static org.coprod.testing.CodedLibraries.BETA_NOTE;
import static org.coprod.testing.CodedLibraries.BETA_NOTE_TITLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.coprod.core.Library;
import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Retrieval;
import org.coprod.model.Segment;
import org.coprod.testing.CodedLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** The passages of a retrieval written to Word, Markdown and CSV, and read back with POI, flexmark and Commons CSV. */
class QuotationExportTests {

    @TempDir
    Path dir;
    Library library;
    QuotationExport.Quotations trust;

    @BeforeEach
    void library() throws Exception {
        library = CodedLibraries.write(dir.resolve("library"));
        var code = CodebookChanges.find(library.root().getCodebook(), CodedLibraries.TRUST).orElseThrow();
        List<Retrieval.Found> found = Retrieval.find(library.root().getCases(), CodeQuery.of(code), Retrieval.Scope.SEGMENT,
                Retrieval.anyCase());
        trust = new QuotationExport.Quotations("trust", "within the same passage", found);
    }

    private Path write(QuotationExport.Format format, String name, QuotationExport.Quotations q) throws Exception {
        Path out = dir.resolve(name);
        new QuotationExport(format, out, library.folder(), false).write(q, new NullProgressMonitor());
        return out;
    }

    @Test
    void wordHasAHeadingPerCaseAndEachPassageAsAQuotationInWordsStyles() throws Exception {
        Path out = write(QuotationExport.Format.DOCX, "trust.docx", trust);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Quotations: trust", ps.get(0).getText());
            assertEquals("Title", ps.get(0).getStyle());
            assertEquals(List.of("Alpha budget forum", "Beta village shop"), styled(ps, "Heading1"));
            assertEquals(List.of("\u201C" + DOCUMENT_PASSAGE + "\u201D", "\u201C" + BETA_NOTE + "\u201D"), styled(ps, "Quote"));
            List<String> captions = styled(ps, "Caption");
            assertEquals("trust, co-financing, P2-D2 Full user/professional co-production · " + CODER + " · 2 May 2024 · document \u201C"
                    + DOCUMENT_TITLE + "\u201D, 0–" + DOCUMENT_PASSAGE.codePointCount(0, DOCUMENT_PASSAGE.length()), captions.get(0));
            assertEquals("trust, P1-D1 Traditional professional service provision · " + CODER + " · 2 May 2024 · note \u201C"
                    + BETA_NOTE_TITLE + "\u201D, 0–" + BETA_NOTE.length(), captions.get(1));
            assertTrue(styled(ps, "Author").get(0).startsWith("2 passages from 2 cases"), styled(ps, "Author").toString());
            assertEquals("Quotations of coded passages", doc.getProperties().getCoreProperties().getDescription());
        }
    }

    private static List<String> styled(List<XWPFParagraph> ps, String style) {
        return ps.stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void markdownReadsBackAsQuotationsAndUserTextStaysText() throws Exception {
        Segment hostile = trust.found().get(1).segment();
        hostile.setQuote("**loud** <script>alert(1)</script> [click](javascript:alert(1)) _under_\n# not a heading\n---\n2. not a list"
                + "\n+ nor this\n===");
        String md = Files.readString(write(QuotationExport.Format.MARKDOWN, "trust.md", trust));
        Document ast = MarkdownWriterTests.parse(md);
        List<BlockQuote> quotes = MarkdownWriterTests.all(ast, BlockQuote.class);
        assertEquals(2, quotes.size(), md);
        assertEquals("\u201C" + DOCUMENT_PASSAGE + "\u201D", quotes.get(0).getFirstChild().getChars().toString().strip());
        assertEquals(List.of("Alpha budget forum", "Beta village shop"),
                MarkdownWriterTests.all(ast, Heading.class).stream().map(h -> h.getText().toString()).toList());
        String second = quotes.get(1).getChars().toString();
        assertTrue(second.contains("\\*\\*loud\\*\\*") && second.contains("\\<script\\>"), second);
        for (Class<? extends Node> markup : List.of(StrongEmphasis.class, Emphasis.class, HtmlInline.class, HtmlBlock.class, Link.class,
                Heading.class, ThematicBreak.class, BulletList.class, OrderedList.class)) {
            assertTrue(MarkdownWriterTests.all(quotes.get(1), markup).isEmpty(), markup.getSimpleName() + " in\n" + md);
        }
    }

    @Test
    void csvHasOneRowPerPassageWithTheModelsValues() throws Exception {
        List<CSVRecord> rows = csv(write(QuotationExport.Format.CSV, "trust.csv", trust));
        assertEquals(QuotationExport.COLUMNS, rows.get(0).toList());
        assertEquals(3, rows.size());
        assertEquals(List.of("alpha", "Alpha budget forum", CodedLibraries.DOCUMENT_ID, DOCUMENT_TITLE, "0",
                String.valueOf(DOCUMENT_PASSAGE.codePointCount(0, DOCUMENT_PASSAGE.length())), DOCUMENT_PASSAGE,
                "trust; co-financing; P2-D2 Full user/professional co-production", CODER, "2024-05-02"), rows.get(1).toList());
        assertEquals(List.of("beta", "Beta village shop", "note-1", BETA_NOTE_TITLE, "0", String.valueOf(BETA_NOTE.length()), BETA_NOTE,
                "trust; P1-D1 Traditional professional service provision", CODER, "2024-05-02"), rows.get(2).toList());
    }

    @Test
    void aCsvCellNeverStartsAFormula() throws Exception {
        trust.found().get(0).segment().setQuote("=HYPERLINK(\"http://evil.example\",\"x\")");
        trust.found().get(1).segment().setQuote("- the council agreed");
        List<CSVRecord> rows = csv(write(QuotationExport.Format.CSV, "trust.csv", trust));
        int quote = QuotationExport.COLUMNS.indexOf("quote");
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", rows.get(1).get(quote));
        assertEquals("'- the council agreed", rows.get(2).get(quote));
        assertEquals("Alpha budget forum", rows.get(1).get(1), "ordinary text is left alone");
    }

    /** The records of a CSV file written by an export, its header first. */
    static List<CSVRecord> csv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 BOM for Excel");
        try (Reader r = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
                CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void noPassageGivesADocumentSayingSo() throws Exception {
        var none = new QuotationExport.Quotations("trust AND clientelism", "", List.of());
        try (InputStream in = Files.newInputStream(write(QuotationExport.Format.DOCX, "none.docx", none));
                XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("No passage matches this query.")));
            assertTrue(styled(doc.getParagraphs(), "Quote").isEmpty());
        }
        assertEquals(1, csv(write(QuotationExport.Format.CSV, "none.csv", none)).size(), "the header alone");
    }

    @Test
    void anExistingFileOrTheLibraryIsNeverWrittenOver() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.csv"), "my own table");
        assertThrows(BriefExport.DestinationExistsException.class,
                () -> new QuotationExport(QuotationExport.Format.CSV, mine, library.folder(), false).write(trust,
                        new NullProgressMonitor()));
        assertEquals("my own table", Files.readString(mine));
        new QuotationExport(QuotationExport.Format.CSV, mine, library.folder(), true).write(trust, new NullProgressMonitor());
        assertTrue(Files.readString(mine).contains(DOCUMENT_PASSAGE));

        Path text = library.folder().resolve("documents").resolve(CodedLibraries.DOCUMENT_ID + ".txt");
        byte[] before = Files.readAllBytes(text);
        Path inside = library.folder().resolve("documents").resolve("quotes.md");
        BriefException e = assertThrows(BriefException.class,
                () -> new QuotationExport(QuotationExport.Format.MARKDOWN, inside, library.folder(), true).write(trust,
                        new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("inside the case library"), e.getMessage());
        assertFalse(Files.exists(inside));
        assertArrayEquals(before, Files.readAllBytes(text));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("library", "mine.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no part file left");
        }
    }

    @Test
    void aFileNamedForAnotherFormatIsRefused() {
        BriefException e = assertThrows(BriefException.class,
                () -> new QuotationExport(QuotationExport.Format.CSV, dir.resolve("q.docx"), null, false).check());
        assertEquals("q.docx names a docx file but the format is csv", e.getMessage());
        assertEquals(QuotationExport.Format.MARKDOWN, QuotationExport.Format.of(Path.of("Q.MD")).orElseThrow());
        assertTrue(QuotationExport.Format.of(Path.of("q.txt")).isEmpty());
    }
}
