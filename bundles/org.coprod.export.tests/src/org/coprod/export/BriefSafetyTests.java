package org.coprod.export;

import java.time.LocalDate;
import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;

/**
 * What a hostile or careless case record must never do to a brief: put markup or a script into pandoc's output,
 * make pandoc or Word refuse the file, break a table, leave a link that runs code, or take minutes to write.
 */
class BriefSafetyTests {

    /** A title with HTML, YAML and Markdown syntax and control characters (BEL, ESC, NUL, DEL, a C1 CSI). */
    static final String HOSTILE_TITLE = "<script>alert('x')</script> \"quoted\" it's: # not a comment"
            + "\u0007\u001B[2J\u0000\u007F\u009B $m$ *b* - [l](u)\nline";

    static final String HOSTILE_NOTE = """
            Follow [the plan](javascript:alert(1)), <javascript:alert(2)>, [data](data:text/html;base64,PHNjcmlwdD4=),
            [file](file:///etc/passwd), [spaced](  JaVaScRiPt:alert(3)), [safe](https://example.org/op) and
            [mail](mailto:ops@example.org).

            | Indicator | Value |
            |-----------|-------|
            | water \\| sewer | `a\\|b` |
            """;

    @TempDir
    Path dir;

    static Case hostileCase() {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case c = f.createCase();
        c.setId("hostile");
        c.setName("Hostile case\u0007");
        c.setSummary("A summary | with a pipe\u001B[31m.");
        c.getCountries().add("PK");
        Note note = f.createNote();
        note.setTitle("Field notes");
        note.setText(HOSTILE_NOTE);
        c.getNotes().add(note);
        Outcome o = f.createOutcome();
        o.setIndicator("lanes | households");
        o.setValue(96_994.0);
        o.setYear(2000);
        c.getOutcomes().add(o);
        return c;
    }

    static Brief hostileBrief() throws BriefException {
        return BriefAssembler.assemble(BriefRequest.of(List.of(hostileCase()))
                .withDetail(BriefDetail.FULL).withTitle(HOSTILE_TITLE).withAuthor("O'Brien: <b>team</b>"));
    }

    /** The front matter's lines, between the two "---". */
    static List<String> frontMatter(String md) {
        assertTrue(md.startsWith("---\n"), md);
        int end = md.indexOf("\n---\n", 4);
        return List.of(md.substring(4, end).split("\n"));
    }

    /** The value of a YAML single-quoted scalar, read by YAML's rule (two quotes are one), or a failure. */
    static String singleQuoted(String scalar) {
        assertTrue(scalar.length() >= 2 && scalar.startsWith("'") && scalar.endsWith("'"), "single-quoted: " + scalar);
        String inner = scalar.substring(1, scalar.length() - 1);
        assertFalse(inner.replace("''", "").contains("'"), "every quote inside is doubled: " + scalar);
        return inner.replace("''", "'");
    }

    @Test
    void frontMatterScalarsAreQuotedOneLineMarkdownWithoutControlCharacters() throws Exception {
        String md = MarkdownWriter.toMarkdown(hostileBrief());
        md.chars().forEach(c -> assertTrue(c == '\n' || c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0),
                String.format("U+%04X in the file", c)));
        String title = null;
        for (String line : frontMatter(md)) {
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (key.equals("cases")) {
                assertEquals("['hostile']", value);
                continue;
            }
            if (key.equals("lang") || key.equals("content-lang")) { // fixed language tags
                continue;
            }
            String text = singleQuoted(value);
            // pandoc reads the value as Markdown: it must hold no HTML, and read back as the text given
            Document doc = MarkdownWriterTests.parse(text);
            assertTrue(MarkdownWriterTests.all(doc, HtmlInline.class).isEmpty() && MarkdownWriterTests.all(doc, HtmlBlock.class).isEmpty(),
                    key + " holds no HTML: " + text);
            assertTrue(MarkdownWriterTests.all(doc, Link.class).isEmpty(), key + " holds no link: " + text);
            if (key.equals("title")) {
                title = com.vladsch.flexmark.util.sequence.BasedSequence.of(text).unescape();
            }
        }
        assertEquals("<script>alert('x')</script> \"quoted\" it's: # not a comment[2J $m$ *b* - [l](u) line", title);
    }

    @Test
    void aPipeInATableCellIsEscapedOnceAndTheRowKeepsItsCells() throws Exception {
        String md = MarkdownWriter.toMarkdown(hostileBrief());
        Document doc = MarkdownWriterTests.parse(md);
        List<String> rows = new ArrayList<>();
        for (TableBlock table : MarkdownWriterTests.all(doc, TableBlock.class)) {
            int columns = MarkdownWriterTests.all(MarkdownWriterTests.all(table, TableRow.class).get(0), TableCell.class).size();
            for (TableRow row : MarkdownWriterTests.all(table, TableRow.class)) {
                List<TableCell> cells = MarkdownWriterTests.all(row, TableCell.class);
                String text = row.getChars().toString();
                if (text.contains("sewer") || text.contains("lanes")) {
                    assertEquals(columns, cells.size(), "the pipe did not split the cell: " + text);
                    rows.add(text);
                }
            }
        }
        assertEquals(2, rows.size(), "the note's table row and the outcome row: " + rows);
        assertTrue(md.matches("(?s).*\\| water \\\\\\| sewer \\| a\\\\\\|b +\\|\n.*"), md);
        assertTrue(md.contains("lanes \\| households"), md);
        assertFalse(md.contains("\\\\|"), "no pipe escaped twice");
    }

    @Test
    void linksToAnythingButTheWebOrMailKeepOnlyTheirTextInMarkdown() throws Exception {
        String md = MarkdownWriter.toMarkdown(hostileBrief());
        String lower = md.toLowerCase(Locale.ROOT);
        for (String bad : new String[] { "](javascript:", "<javascript:", "](data:", "](file:", "](  javascript:" }) {
            assertFalse(lower.contains(bad), bad + " in\n" + md);
        }
        assertFalse(md.contains("data:text") || md.contains("file:///"), "a dropped link keeps its text, not its address");
        assertTrue(md.contains("Follow the plan, "), md);
        assertTrue(md.contains("[safe](https://example.org/op)") && md.contains("[mail](mailto:ops@example.org)"), md);
    }

    @Test
    void controlCharactersAndUnsafeLinksNeverReachTheWordFile() throws Exception {
        byte[] docx = DocxWriterTests.write(hostileBrief(), null);
        for (String part : new String[] { "word/document.xml", "docProps/core.xml", "word/_rels/document.xml.rels" }) {
            String xml = DocxWriterTests.part(docx, part);
            assertFalse(xml.isEmpty(), part);
            // a strict XML 1.0 parser, as Word's, accepts every part
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertFalse(xml.contains("data:text") || xml.contains("file:///"), part + " carries no unsafe link");
            if (part.endsWith(".rels")) {
                assertFalse(xml.toLowerCase(Locale.ROOT).contains("javascript"), "no link target runs a script: " + xml);
            }
        }
        XWPFDocument doc = DocxWriterTests.read(docx);
        assertTrue(doc.getProperties().getCoreProperties().getTitle().startsWith("<script>alert('x')</script>"));
        List<String> links = new ArrayList<>();
        doc.getParagraphs().forEach(p -> p.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                .forEach(r -> links.add(((XWPFHyperlinkRun) r).getHyperlink(doc).getURL())));
        assertTrue(links.contains("https://example.org/op") && links.contains("mailto:ops@example.org"), links.toString());
        assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("Follow the plan, ")), "the dropped link's text stays");
    }

    /** The reported case had 437,000 outcomes; each is cited, so each is a footnote too. */
    @Test
    void aCaseWith437000OutcomesIsWrittenInSecondsWithTheRestCounted() throws Exception {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case c = f.createCase();
        c.setId("huge");
        c.setName("Huge case");
        c.getCountries().add("PK");
        Source s = f.createSource();
        s.setId("hasan-1999");
        s.setAuthors("Arif Hasan");
        s.setYear(1999);
        int outcomes = 437_000;
        for (int i = 0; i < outcomes; i++) {
            Outcome o = f.createOutcome();
            o.setIndicator("households " + i);
            o.setValue((double) i);
            o.setYear(2000);
            SourceRef ref = f.createSourceRef();
            ref.setSource(s);
            ref.setLocator("p. " + i);
            o.setSource(ref);
            c.getOutcomes().add(o);
        }
        long start = System.nanoTime();
        Brief brief = BriefAssembler.assemble(BriefRequest.of(List.of(c)).withDetail(BriefDetail.FULL));
        byte[] docx = DocxWriterTests.write(brief, null);
        String md = MarkdownWriter.toMarkdown(brief);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < 120, "took " + seconds + " s (over 12 minutes before)");
        String more = "… and 436,800 more outcomes (the case records 437,000; a brief shows the first " + CaseTables.ROWS_PER_CASE + ")";
        assertTrue(md.contains(more), "the Markdown says how many are left out");
        XWPFDocument doc = DocxWriterTests.read(docx);
        XWPFTable results = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Domain")).findFirst()
                .orElseThrow();
        assertEquals(1 + CaseTables.ROWS_PER_CASE + 1, results.getNumberOfRows(), "header, the rows shown, the count of the rest");
        assertEquals(more, results.getRow(results.getNumberOfRows() - 1).getCell(0).getText());
        assertEquals("households 199", results.getRow(CaseTables.ROWS_PER_CASE).getCell(1).getText());
    }

    /** Wider than any brief's table, to show that writing a table is linear in its rows (POI's own way was not). */
    @Test
    void aLongTableIsWrittenInLinearTime() throws Exception {
        long small = tableTime(1_000);
        long large = tableTime(6_000);
        assertTrue(large < small * 6 * 3, "6 times the rows took " + (double) large / small + " times as long");
    }

    private static long tableTime(int rows) throws IOException {
        List<List<Block.Cell>> cells = new ArrayList<>();
        cells.add(List.of(Blocks.cell("Indicator"), Blocks.cell("Value")));
        for (int i = 0; i < rows; i++) {
            cells.add(List.of(Blocks.cell("row " + i), Blocks.cell(List.of(Inline.plain(String.valueOf(i)),
                    new Inline.Footnote(List.of(Inline.plain("note " + i)))))));
        }
        Brief brief = new Brief("Long", "Long", "Tests", LocalDate.of(2026, 12, 1), "tests", "none", List.of("long"),
                List.of(new Block.Table("Long", cells, 1, false)));
        DocxWriterTests.write(brief, null); // warm up
        long start = System.nanoTime();
        DocxWriterTests.write(brief, null);
        return System.nanoTime() - start;
    }

    @Test
    void pandocReadsTheBriefWithoutErrorAndItsHtmlRunsNoScript() throws Exception {
        Assumptions.assumeTrue(pandocInstalled(), "pandoc is not installed");
        Path md = dir.resolve("brief.md");
        Files.writeString(md, MarkdownWriter.toMarkdown(hostileBrief()));
        Process p = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "html5", "-s", md.toString()).redirectErrorStream(true).start();
        String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), html);
        assertFalse(html.contains("<script>alert"), "the title is text, not a script");
        assertTrue(html.contains("&lt;script&gt;alert"), "the title is shown as written");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("href=\"javascript"), html);
        assertTrue(html.contains("<td>water | sewer</td>") && html.contains("<td>a|b</td>"), "the pipes stay inside their cells: " + html);
    }

    private static boolean pandocInstalled() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
