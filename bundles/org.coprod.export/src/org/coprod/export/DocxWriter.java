package org.coprod.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.coprod.core.PoiLogging;
import org.coprod.export.Block.Cell;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.export.Inline.Mark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Writes a brief as a Word document with POI. The styles come from a reference document (as pandoc's
 * {@code --reference-doc}): the body of the reference is dropped and its styles, page setup, footer and settings are
 * kept; styles it lacks are taken from the reference shipped in this bundle. The result has named styles for every
 * part, a table-of-contents field that Word and LibreOffice update, page numbers, real footnotes and document properties.
 */
public final class DocxWriter {

    /** The reference document inside this bundle. */
    public static final String DEFAULT_REFERENCE = "/reference/brief-reference.docx";

    /** Style ids the writer uses; each must exist in the reference (or is copied from the default one). */
    static final List<String> STYLES = List.of("Title", "Subtitle", "Author", "Heading1", "Heading2", "Heading3", "Heading4", "Caption",
            "Quote", "TOCHeading", "TOC1", "TOC2", "TOC3", "FootnoteText", "FootnoteReference", "Hyperlink", "SourceCode", "VerbatimChar",
            "ListParagraph", "BriefTable", "Footer");

    static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    /** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9638;

    private final Path reference;

    /** @param reference a .docx whose styles the brief uses, or null for the bundled reference */
    public DocxWriter(Path reference) {
        this.reference = reference;
    }

    public void write(Brief brief, OutputStream out) throws IOException {
        // POI and XMLBeans find their schema types through the context class loader: in OSGi it must be POI's own.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        PoiLogging.unblock();
        try (XWPFDocument doc = open()) {
            new Writing(doc, SafeText.of(brief)).run();
            doc.write(out);
        } catch (XmlException e) {
            throw new IOException("Cannot build the Word document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // POI's own words ("Fail to save: an error occurs while saving the package : The part /docProps/core.xml ...")
            // tell a user nothing; the cause stays attached for a bug report
            throw new IOException("Cannot build the Word document: a part of the brief could not be stored in Word's format", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private XWPFDocument open() throws IOException, XmlException {
        XWPFDocument doc;
        if (reference == null) {
            doc = openDefault();
        } else {
            try (InputStream in = Files.newInputStream(reference)) {
                doc = new XWPFDocument(in);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IOException("Cannot read the reference document " + reference + ": permission denied", e);
            } catch (IOException | RuntimeException e) {
                // POI's words ("No valid entries or contents found, this is not a valid OOXML ...") stay in the cause
                throw new IOException("Cannot read the reference document " + reference
                        + ": it is not a Word (.docx) document, or it is damaged", e);
            }
        }
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        completeStyles(doc);
        return doc;
    }

    static XWPFDocument openDefault() throws IOException {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DEFAULT_REFERENCE)) {
            if (in == null) {
                throw new IOException("The bundled reference document " + DEFAULT_REFERENCE + " is missing");
            }
            return new XWPFDocument(in);
        }
    }

    /** A user's reference may lack some styles: take those from the bundled reference so every paragraph has its style. */
    private void completeStyles(XWPFDocument doc) throws IOException {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        XWPFDocument fallback = null;
        try {
            for (String id : STYLES) {
                if (!styles.styleExist(id)) {
                    if (fallback == null) {
                        fallback = openDefault();
                    }
                    XWPFStyle style = fallback.getStyles().getStyle(id);
                    if (style != null) {
                        styles.addStyle(new XWPFStyle((CTStyle) style.getCTStyle().copy(), styles));
                    }
                }
            }
        } finally {
            if (fallback != null) {
                fallback.close();
            }
        }
    }

    /** Adds "Page N of M" to the default footer, so every reference document numbers its pages. */
    static void addPageFooter(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        CTP ctp = p.getCTP();
        text(ctp, "Page ");
        field(ctp, "PAGE", "1");
        text(ctp, " of ");
        field(ctp, "NUMPAGES", "1");
    }

    /** A run of text whose leading and trailing spaces Word must keep. */
    private static void text(CTP p, String text) {
        var t = p.addNewR().addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void field(CTP p, String instruction, String cached) {
        CTSimpleField f = p.addNewFldSimple();
        f.setInstr(instruction);
        f.addNewR().addNewT().setStringValue(cached);
    }

    /** One document being written: numbering, footnotes and table and figure counters. */
    private static final class Writing {
        private final XWPFDocument doc;
        private final Brief brief;
        private BigInteger bulletNum;
        private BigInteger numberedAbstract;
        private BigInteger currentNumbered;
        private int tables;
        private int figures;
        private BigInteger nextFootnoteId;

        Writing(XWPFDocument doc, Brief brief) {
            this.doc = doc;
            this.brief = brief;
        }

        void run() throws XmlException {
            properties();
            if (!hasFooter()) {
                addPageFooter(doc);
            }
            doc.enforceUpdateFields();
            numbering();
            newParagraph("Title").createRun().setText(brief.title());
            for (Block b : brief.blocks()) {
                block(b);
            }
        }

        private boolean hasFooter() {
            return doc.getFooterList().stream().anyMatch(f -> !f.getParagraphs().isEmpty());
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(brief.title());
            core.setCreator(brief.author());
            core.setSubjectProperty(brief.subject());
            core.setDescription(brief.comparative() ? "Comparative co-production brief" : "Single-case co-production brief");
            core.setKeywords(String.join(", ", brief.caseIds()));
            core.setCreated(Optional.of(Date.from(brief.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
        }

        private void numbering() throws XmlException {
            XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
            BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(900, true), numbering));
            numberedAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(901, false), numbering));
            bulletNum = numbering.addNum(bullets);
        }

        private static CTAbstractNum abstractNum(int id, boolean bullet) throws XmlException {
            // XMLBeans reads a type's content from an xml-fragment; a <w:abstractNum> root would nest inside the copy
            StringBuilder xml = new StringBuilder("<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:abstractNumId=\"")
                    .append(id).append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
            String[] bullets = { "\u2022", "\u2013", "\u25E6", "\u2022", "\u2013", "\u25E6" };
            for (int lvl = 0; lvl < 6; lvl++) {
                xml.append("<w:lvl w:ilvl=\"").append(lvl).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                        .append(bullet ? "bullet" : lvl % 3 == 0 ? "decimal" : lvl % 3 == 1 ? "lowerLetter" : "lowerRoman")
                        .append("\"/><w:lvlText w:val=\"").append(bullet ? bullets[lvl] : "%" + (lvl + 1) + ".")
                        .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(360 + 360 * lvl)
                        .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
            }
            xml.append("</xml-fragment>");
            return CTAbstractNum.Factory.parse(xml.toString());
        }

        private XWPFParagraph newParagraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }

        private void block(Block b) {
            switch (b) {
                case Block.Heading h -> newParagraph("Heading" + Math.max(1, Math.min(4, h.level()))).createRun().setText(h.text());
                case Block.Paragraph p -> paragraph(p);
                case Block.Table t -> table(t, false);
                case Block.Grid g -> grid(g);
                case Block.Code c -> code(c);
                case Block.Contents c -> contents();
            }
        }

        private void paragraph(Block.Paragraph b) {
            XWPFParagraph p = switch (b.kind()) {
                case BODY -> newParagraph(null);
                case QUOTE -> newParagraph("Quote");
                case CAPTION -> newParagraph("Caption");
                case SUBTITLE -> newParagraph("Subtitle");
                case META -> newParagraph("Author");
                case BULLET, NUMBERED -> newParagraph("ListParagraph");
            };
            if (b.kind() == ParagraphKind.BULLET || b.kind() == ParagraphKind.NUMBERED) {
                BigInteger num = bulletNum;
                if (b.kind() == ParagraphKind.NUMBERED) {
                    if (b.listStart() || currentNumbered == null) {
                        currentNumbered = restartedNumbering();
                    }
                    num = currentNumbered;
                }
                p.setNumID(num);
                p.setNumILvl(BigInteger.valueOf(Math.min(5, b.level())));
            } else if (b.level() > 0) {
                p.setIndentationLeft(360 * (b.level() + 1));
            }
            inlines(p, b.inlines(), true);
        }

        /** A numbered list that starts again at 1: a new instance of the numbered list definition. */
        private BigInteger restartedNumbering() {
            XWPFNumbering numbering = doc.getNumbering();
            BigInteger id = numbering.addNum(numberedAbstract);
            CTNum num = numbering.getNum(id).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            return id;
        }

        private void inlines(XWPFParagraph p, List<Inline> inlines, boolean footnotesAllowed) {
            for (Inline i : inlines) {
                switch (i) {
                    case Inline.Text t -> {
                        XWPFRun r = p.createRun();
                        format(r, t);
                        r.setText(t.text());
                    }
                    case Inline.Link l -> {
                        if (SafeText.isWebLink(l.url())) {
                            XWPFHyperlinkRun r = p.createHyperlinkRun(l.url());
                            r.setStyle("Hyperlink");
                            r.setText(Inline.plainText(l.label()));
                        } else {
                            inlines(p, l.label(), footnotesAllowed); // SafeText drops such links; never write one
                        }
                    }
                    case Inline.Break br -> p.createRun().addBreak();
                    case Inline.Footnote f -> {
                        if (footnotesAllowed) {
                            footnote(p, f);
                        } else {
                            p.createRun().setText(" (" + Inline.plainText(f.content()) + ")");
                        }
                    }
                }
            }
        }

        private static void format(XWPFRun r, Inline.Text t) {
            if (t.has(Mark.CODE)) {
                r.setStyle("VerbatimChar");
            }
            if (t.has(Mark.BOLD)) {
                r.setBold(true);
            }
            if (t.has(Mark.ITALIC)) {
                r.setItalic(true);
            }
            if (t.has(Mark.STRIKE)) {
                r.setStrikeThrough(true);
            }
        }

        private void footnote(XWPFParagraph p, Inline.Footnote f) {
            XWPFFootnote note = newFootnote();
            XWPFParagraph text = note.createParagraph();
            text.setStyle("FootnoteText");
            text.createRun().setText(" ");
            inlines(text, f.content(), false);
            p.addFootnoteReference(note);
        }

        private void table(Block.Table t, boolean figure) {
            if (!figure && t.caption() != null && !t.caption().isBlank()) {
                caption("Table", ++tables, t.caption());
            }
            int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
            // POI counts a table's rows each time it adds or returns one (quadratic: 8,000 rows took 30 s), so the table is
            // made with one row and the others are appended to its XML directly
            XWPFTable table = doc.createTable(1, columns);
            table.setStyleID("BriefTable");
            CTTblPr pr = table.getCTTbl().getTblPr();
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders(); // the table style draws the borders
            }
            table.setWidth("100%");
            var look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
            look.setFirstRow(t.headerRows() > 0 ? "1" : "0");
            look.setFirstColumn(t.rowHeaders() ? "1" : "0");
            look.setNoVBand("1");
            look.setNoHBand(figure ? "1" : "0");
            look.setVal(new byte[] { (byte) 0x04, (byte) (t.rowHeaders() ? 0xA0 : 0x20) });
            int[] widths = ColumnWidths.of(t, columns, figure, TEXT_WIDTH);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            boolean keepTogether = figure || t.rows().size() <= 12;
            XWPFTableRow first = table.getRow(0);
            for (int r = 0; r < t.rows().size(); r++) {
                XWPFTableRow row = r == 0 ? first : appendRow(table, columns);
                if (r < t.headerRows()) {
                    row.setRepeatHeader(true);
                }
                row.setCantSplitRow(figure);
                List<Cell> cells = t.rows().get(r);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    cell.setWidth(String.valueOf(widths[c]));
                    Cell content = c < cells.size() ? cells.get(c) : Blocks.cell("");
                    if (content.shaded()) {
                        cell.setColor("D9D9D9");
                    }
                    cell(cell, content);
                    if (keepTogether && r < t.rows().size() - 1) {
                        // a figure or a short table stays on one page: every row keeps with the next
                        cell.getParagraphs().forEach(Writing::keepNext);
                    }
                }
            }
            if (figure) {
                return;
            }
            newParagraph(null).setSpacingAfter(0); // keeps the next table or heading from touching this one
        }

        /**
         * A footnote numbered from a counter: POI's createFootnote looks at every footnote to find the next number, which
         * made a brief with thousands of cited rows quadratic.
         */
        private XWPFFootnote newFootnote() {
            XWPFFootnotes notes = doc.createFootnotes(); // the existing part, when the reference has one
            if (nextFootnoteId == null) {
                nextFootnoteId = BigInteger.ONE; // ids -1 to 0 (or 0 and 1) belong to the separators a reference may carry
                for (XWPFFootnote existing : notes.getFootnotesList()) {
                    if (existing.getId() != null && existing.getId().compareTo(nextFootnoteId) >= 0) {
                        nextFootnoteId = existing.getId().add(BigInteger.ONE);
                    }
                }
            }
            CTFtnEdn ct = CTFtnEdn.Factory.newInstance();
            ct.setType(STFtnEdn.NORMAL);
            ct.setId(nextFootnoteId);
            nextFootnoteId = nextFootnoteId.add(BigInteger.ONE);
            return notes.addFootnote(ct);
        }

        private static XWPFTableRow appendRow(XWPFTable table, int columns) {
            XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
            for (int c = 0; c < columns; c++) {
                row.createCell();
            }
            return row;
        }

        /** POI's setKeepNext fails on a paragraph without properties: add them first. */
        private static void keepNext(XWPFParagraph p) {
            var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!pPr.isSetKeepNext()) {
                pPr.addNewKeepNext();
            }
        }

        private void cell(XWPFTableCell cell, Cell content) {
            boolean first = true;
            for (List<Inline> line : content.lines()) {
                XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
                first = false;
                inlines(p, line, true);
            }
        }

        private void grid(Block.Grid g) {
            table(g.table(), true);
            XWPFParagraph p = newParagraph("Caption");
            label(p, "Figure", ++figures, g.table().caption() + ". ");
            inlines(p, g.legend(), true);
        }

        private void caption(String kind, int number, String text) {
            XWPFParagraph p = newParagraph("Caption");
            p.setKeepNext(true);
            label(p, kind, number, text);
        }

        /** "Table 3. text", numbered by a SEQ field so Word can build a list of tables. */
        private void label(XWPFParagraph p, String kind, int number, String text) {
            p.createRun().setText(kind + " ");
            CTSimpleField seq = p.getCTP().addNewFldSimple();
            seq.setInstr("SEQ " + kind + " \\* ARABIC");
            seq.addNewR().addNewT().setStringValue(String.valueOf(number));
            CTR r = p.getCTP().addNewR();
            r.addNewT().setStringValue(". " + text);
            r.getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
        }

        private void code(Block.Code c) {
            String[] lines = c.text().split("\n", -1);
            for (String line : lines) {
                XWPFParagraph p = newParagraph("SourceCode");
                p.createRun().setText(line);
            }
        }

        /**
         * A TOC field spanning paragraphs, holding the current headings as its result so that the document reads right
         * before any update; settings ask Word to update fields on opening, LibreOffice keeps it as its index.
         */
        private void contents() {
            newParagraph("TOCHeading").createRun().setText("Contents");
            XWPFParagraph start = newParagraph("TOC1");
            fieldChar(start, STFldCharType.BEGIN);
            XWPFRun instr = start.createRun();
            instr.getCTR().addNewInstrText().setStringValue(" " + TOC_INSTRUCTION + " ");
            instr.getCTR().getInstrTextArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
            fieldChar(start, STFldCharType.SEPARATE);
            boolean first = true;
            for (Block.Heading h : brief.headings()) {
                if (h.level() > 1) {
                    continue; // the cached result lists sections only; Word's update adds levels 2 and 3
                }
                XWPFParagraph p = first ? start : newParagraph("TOC" + h.level());
                if (!first) {
                    p.setStyle("TOC" + h.level());
                }
                first = false;
                p.createRun().setText(h.text());
            }
            XWPFParagraph end = first ? start : newParagraph("TOC1");
            fieldChar(end, STFldCharType.END);
            end.createRun().addBreak(BreakType.PAGE);
        }

        private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(type);
        }
    }
}
