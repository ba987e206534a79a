package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.coprod.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** Writes briefs from the sample library as Word files and reads them back with POI. */
class DocxWriterTests {

    private static byte[] comparative;
    private static XWPFDocument doc;
    private static Brief brief;

    @BeforeAll
    static void writeComparativeBrief() throws Exception {
        brief = BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(SampleCases.BOVAIRD_FIVE)).withDetail(BriefDetail.FULL)
                .withTitle("Five Bovaird cases").withAuthor("Policy team").withQuestion("Options for community-led services"));
        comparative = write(brief, null);
        doc = read(comparative);
    }

    static byte[] write(Brief brief, Path reference) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(reference).write(brief, out);
        return out.toByteArray();
    }

    static XWPFDocument read(byte[] bytes) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        t.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } finally {
            t.setContextClassLoader(old);
        }
    }

    /** The text of one part of the package (word/settings.xml, ...). */
    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private static List<String> headings(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFTable tableStartingWith(XWPFDocument d, String firstCell) {
        return d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().startsWith(firstCell)).findFirst().orElseThrow();
    }

    private static XWPFTableCell cellOfRow(XWPFTable t, String rowLabel, int column) {
        for (XWPFTableRow row : t.getRows()) {
            if (row.getCell(0).getText().startsWith(rowLabel)) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("no row " + rowLabel);
    }

    @Test
    void comparativeBriefHasTheOutlineSectionsAsHeadingOneInOrder() {
        List<String> h1 = headings(doc, "Heading1");
        List<String> expected = List.of("Key messages", "Why these cases", "Cases at a glance", "Context comparison",
                "How co-production is organised",
                "Who pays for what", "Politics and relationship with the state", "Outcomes and evidence", "Transferability and caveats",
                "The cases in brief", "Sources and coding notes");
        int last = -1;
        for (String e : expected) {
            int at = h1.indexOf(e);
            assertTrue(at > last, e + " should follow the previous section in " + h1);
            last = at;
        }
        assertEquals(List.of("Five Bovaird cases"), headings(doc, "Title"));
        // one Heading 2 per case in "The cases in brief"
        for (Case c : SampleCases.cases(SampleCases.BOVAIRD_FIVE)) {
            assertTrue(headings(doc, "Heading2").contains(c.getName()), c.getName());
        }
    }

    /** The figures drawn, each once: as PNGs (each has its SVG beside it too). */
    private static long pngs(XWPFDocument d) {
        return d.getAllPictures().stream().filter(p -> p.suggestFileExtension().equals("png")).count();
    }

    @Test
    void typologyGridIsAFigureWithCasesInTheirCells() {
        assertEquals(2, pngs(doc), "the map of the cases and the grid are drawn (the full brief has no who-pays chart)");
        Grid grid = grid(brief);
        assertEquals(4, grid.getRows().size());
        assertEquals(4, grid.getRow(0).getTableCells().size());
        // planners across (P1..P3), deliverers down (D1..D3): Porto Alegre sits in P2-D1, Tackley in P2-D3
        GridCell p2d1 = grid.getRow(1).getCell(2);
        assertTrue(p2d1.getText().startsWith("P2-D1"), p2d1.getText());
        assertTrue(p2d1.getText().contains("Participatory budgeting"), p2d1.getText());
        assertTrue(grid.getRow(3).getCell(2).getText().contains("Tackley Village Shop"));
        assertTrue(grid.getRow(2).getCell(1).getText().contains("Sure Start"));
        // P3-D1 does not apply: shaded, no case
        GridCell p3d1 = grid.getRow(1).getCell(3);
        assertTrue(p3d1.getText().contains("(Not applicable)"));
        assertTrue(p3d1.shaded());
        // Beacon's phases: two coder guesses (with "?") and the document-assigned P3-D2 (without)
        assertTrue(grid.getRow(1).getCell(1).getText()
                .contains("Beacon Community Regeneration Partnership, Falmouth? · start-up (coder, medium)"),
                grid.getRow(1).getCell(1).getText());
        assertTrue(grid.getRow(2).getCell(3).getText().contains("Beacon Community Regeneration Partnership, Falmouth · current"));
        assertFalse(grid.getRow(2).getCell(3).getText().contains("Falmouth?"));
        String caption = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()) && p.getText().startsWith("Figure"))
                .map(XWPFParagraph::getText).filter(t -> t.contains("Cases in")).findFirst().orElseThrow();
        assertTrue(caption.contains("Path of Beacon Community Regeneration Partnership, Falmouth: P1-D1? (start-up) → P2-D2? "
                + "(intermediate) → P3-D2 (current)"),
                caption);
    }

    @Test
    void casesAtAGlanceHasOneColumnPerCaseAndFlagsCoderGuesses() {
        XWPFTable glance = tableStartingWith(doc, "Field");
        assertEquals(6, glance.getRow(0).getTableCells().size());
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            names.add(glance.getRow(0).getCell(c).getText());
        }
        assertEquals(SampleCases.cases(SampleCases.BOVAIRD_FIVE).stream().map(CaseFacts::shortName).toList(), names);
        assertEquals("P2-D1 (document)", cellOfRow(glance, "Bovaird cell", 1).getText());
        assertTrue(cellOfRow(glance, "Bovaird cell", 4).getText().startsWith("P1-D1? (coder, medium) [start-up]"));
        assertEquals("BriefTable", glance.getStyleID());
        assertTrue(glance.getRow(0).isRepeatHeader());
    }

    @Test
    void valueChainMatrixHasTheSevenStages() {
        XWPFTable matrix = tableStartingWith(doc, "Case / component");
        List<String> header = matrix.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals(List.of("Case / component", "planning", "commissioning", "design", "managing", "delivering", "monitoring",
                "evaluation"), header);
        // Porto Alegre: residents and the council co-plan (C); city staff deliver alone (P)
        XWPFTableRow porto = matrix.getRow(1);
        assertTrue(porto.getCell(0).getText().startsWith("Participatory budgeting"));
        assertEquals("C", porto.getCell(1).getText());
        assertEquals("P", porto.getCell(5).getText());
    }

    @Test
    void sourcesAreNumberedReferencesCitedInTheTextNotFootnotes() throws IOException {
        List<XWPFFootnote> notes = doc.getFootnotes().stream().filter(f -> f.getCTFtnEdn().getType() == null
                || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).toList();
        assertTrue(notes.stream().noneMatch(f -> f.getParagraphs().get(0).getText().matches("\\s*\\d+: \\w+.*")),
                "no footnote only repeats a citation");
        String body = part(comparative, "word/document.xml");
        assertTrue(body.matches("(?s).*[\\[;] ?\\d+: Bovaird 2007.*"), "author-year citation with its number");
        assertTrue(headings(doc, "Heading2").contains("References"));
        assertTrue(doc.getParagraphs().stream()
                .anyMatch(p -> p.getText().matches("\\[\\d+\\] Bovaird, T\\. \\(2007\\)\\. Beyond engagement and participation.*")));
    }

    @Test
    void documentPropertiesNameTitleAuthorAndSubject() {
        var core = doc.getProperties().getCoreProperties();
        assertEquals("Five Bovaird cases", core.getTitle());
        assertEquals("Policy team", core.getCreator());
        assertEquals("Options for community-led services", core.getSubject());
        assertTrue(core.getKeywords().contains("porto-alegre-op"));
    }

    @Test
    void contentsFieldUpdatesOnOpeningAndFooterNumbersPages() throws IOException {
        String body = part(comparative, "word/document.xml");
        assertTrue(body.contains("TOC \\o \"1-3\" \\h \\z \\u"), "TOC field instruction");
        assertTrue(body.contains("w:fldCharType=\"begin\"") && body.contains("w:fldCharType=\"end\""));
        assertTrue(part(comparative, "word/settings.xml").contains("updateFields"));
        String footer = doc.getFooterList().stream().flatMap(f -> f.getParagraphs().stream())
                .map(p -> p.getCTP().xmlText()).collect(Collectors.joining());
        assertTrue(footer.contains("w:instr=\"PAGE\""), footer);
        assertEquals(List.of("Contents"), headings(doc, "TOCHeading"));
    }

    @Test
    void everyParagraphStyleUsedIsDefinedInTheDocument() {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null) {
                assertNotNull(doc.getStyles().getStyle(p.getStyle()), "style " + p.getStyle());
            }
        }
        for (String id : List.of("Title", "Heading1", "Heading2", "Heading3", "Caption", "Quote", "BriefTable")) {
            assertTrue(doc.getStyles().styleExist(id), id);
        }
        assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
    }

    @Test
    void noteWithEveryMarkdownConstructRendersAsWordFormatting() throws Exception {
        Case c = SampleCases.withEveryConstruct();
        XWPFDocument d = read(write(BriefAssembler.assemble(BriefRequest.of(List.of(c)).withDetail(BriefDetail.FULL)), null));
        List<XWPFParagraph> ps = d.getParagraphs();
        assertTrue(headings(d, "Heading3").contains("Heading one"));
        assertTrue(headings(d, "Heading4").contains("Heading two"));
        XWPFParagraph rich = ps.stream().filter(p -> p.getText().startsWith("A paragraph with")).findFirst().orElseThrow();
        assertTrue(run(rich, "bold").isBold());
        assertTrue(run(rich, "italic").isItalic());
        assertTrue(run(rich, "struck").isStrikeThrough());
        assertEquals("VerbatimChar", run(rich, "code").getStyle());
        XWPFHyperlinkRun link = (XWPFHyperlinkRun) run(rich, "link");
        assertEquals("https://example.org/op", link.getHyperlink(d).getURL());
        assertTrue(rich.getCTP().xmlText().contains("<w:br/>"), "hard line break");
        assertTrue(rich.getCTP().xmlText().contains("footnoteReference"));
        assertTrue(d.getFootnotes().stream()
                .anyMatch(f -> !f.getParagraphs().isEmpty() && f.getParagraphs().get(0).getText()
                        .contains("The footnote text, with emphasis.")));
        XWPFParagraph nested = ps.stream().filter(p -> p.getText().equals("nested bullet")).findFirst().orElseThrow();
        assertNotNull(nested.getNumID());
        assertEquals(1, nested.getNumIlvl().intValue());
        XWPFParagraph first = ps.stream().filter(p -> p.getText().equals("first")).findFirst().orElseThrow();
        XWPFParagraph bullet = ps.stream().filter(p -> p.getText().equals("bullet one")).findFirst().orElseThrow();
        assertFalse(first.getNumID().equals(bullet.getNumID()), "numbered and bulleted lists use different numbering");
        assertEquals("decimal", d.getNumbering().getAbstractNum(d.getNumbering().getAbstractNumID(first.getNumID())).getCTAbstractNum()
                .getLvlArray(0).getNumFmt().getVal().toString());
        assertTrue(ps.stream().anyMatch(p -> "Quote".equals(p.getStyle()) && p.getText().equals("A block quote on two lines.")));
        assertTrue(ps.stream().anyMatch(p -> "SourceCode".equals(p.getStyle()) && p.getText().equals("int x = 1;")));
        XWPFTable table = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Indicator")).findFirst()
                .orElseThrow();
        assertEquals("96,994", table.getRow(1).getCell(1).getText());
        assertEquals("US$20", table.getRow(2).getCell(1).getText());
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.getText()));
    }

    @Test
    void singleCaseBriefFollowsTheSingleCaseOutline() throws Exception {
        XWPFDocument d = read(write(BriefAssembler.assemble(full(List.of("opp-orangi-sanitation"))), null));
        List<String> h1 = headings(d, "Heading1");
        assertEquals(List.of("The case", "Summary", "The problem and context", "Who is involved", "How it works, step by step",
                "Typology coding", "Money and resources", "Organisation, voice and data", "Relationship with the state", "Results",
                "Challenges and limitations", "What others can learn", "Voices", "Evidence and verification",
                "Next steps and open questions", "Case notes", "Sources"), h1);
        Grid grid = grid(BriefAssembler.assemble(full(List.of("opp-orangi-sanitation"))));
        assertEquals(1, pngs(d), "the grid is a figure");
        // OPP: lane sewers co-produced (P2-D2), trunk sewers by the municipality (P1-D1), both coder guesses
        assertTrue(grid.getRow(2).getCell(2).getText()
                .contains("Orangi Pilot Project low-cost lane sanitation? · lane sewers (coder, medium)"),
                grid.getRow(2).getCell(2).getText());
        assertTrue(grid.getRow(1).getCell(1).getText().contains("trunk sewers"));
    }

    @Test
    void referenceDocumentSuppliesTheStyles(@TempDir Path dir) throws Exception {
        Path reference = dir.resolve("house.docx");
        ReferenceDocumentGenerator.write(reference);
        XWPFDocument house = read(Files.readAllBytes(reference));
        XWPFStyle heading = house.getStyles().getStyle("Heading1");
        heading.getCTStyle().getRPr().getColorArray(0).setVal("C00000");
        Files.write(reference, toBytes(house));
        XWPFDocument d = read(write(BriefAssembler.assemble(full(List.of("porto-alegre-op"))), reference));
        assertEquals("C00000", d.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue());
    }

    @Test
    void referenceDocumentWithoutOurStylesGetsTheMissingOnes(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.docx");
        try (XWPFDocument empty = new XWPFDocument()) {
            empty.createParagraph().createRun().setText("old body text that must not appear");
            Files.write(bare, toBytes(empty));
        }
        byte[] bytes = write(BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(List.of("porto-alegre-op",
                "tackley-village-shop"))).withDetail(BriefDetail.FULL)), bare);
        XWPFDocument d = read(bytes);
        for (String id : DocxWriter.STYLES) {
            assertTrue(d.getStyles().styleExist(id), id);
        }
        assertFalse(d.getParagraphs().stream().anyMatch(p -> p.getText().contains("old body text")));
        assertFalse(d.getFooterList().isEmpty(), "a footer with page numbers is added");
    }

    private static byte[] toBytes(XWPFDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        return out.toByteArray();
    }

    @Test
    void shippedReferenceDocumentDefinesEveryStyleTheWriterUses() throws IOException {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DocxWriter.DEFAULT_REFERENCE)) {
            assertNotNull(in, "bundled reference document");
            XWPFDocument ref = read(in.readAllBytes());
            for (String id : DocxWriter.STYLES) {
                assertTrue(ref.getStyles().styleExist(id), id);
            }
        }
    }

    /** The full-length brief of these sample cases. */
    static BriefRequest full(List<String> ids) {
        return BriefRequest.of(SampleCases.cases(ids)).withDetail(BriefDetail.FULL);
    }

    /** The grid of a brief as its figure was drawn from, read as the old table tests read Word's table. */
    record GridCell(Block.Cell cell) {
        String getText() {
            return cell.plainText();
        }

        boolean shaded() {
            return cell.shaded();
        }
    }

    record GridRow(List<Block.Cell> cells) {
        GridCell getCell(int c) {
            return new GridCell(cells.get(c));
        }

        List<Block.Cell> getTableCells() {
            return cells;
        }
    }

    record Grid(Block.Table table) {
        GridRow getRow(int r) {
            return new GridRow(table.rows().get(r));
        }

        List<List<Block.Cell>> getRows() {
            return table.rows();
        }
    }

    static Grid grid(Brief b) {
        return new Grid(b.blocks().stream().filter(Block.Grid.class::isInstance).map(g -> ((Block.Grid) g).table()).findFirst()
                .orElseThrow());
    }
}
