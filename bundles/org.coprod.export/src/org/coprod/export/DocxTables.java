package org.coprod.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.coprod.export.Block.Cell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The tables of a Word brief, in the reference's Brief Table style, and the figures drawn as tables (the typology grid),
 * each with a numbered caption: "Table 3." above a table, "Figure 1." below a figure.
 */
final class DocxTables {

    /** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9638;

    /** Word 2016's extension of a picture's blip that names an SVG drawn instead of the PNG. */
    private static final String SVG_BLIP = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static final String SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XWPFDocument doc;
    private final DocxRuns runs;
    private final BriefText words;
    private int tables;
    private int figures;

    DocxTables(XWPFDocument doc, DocxRuns runs, BriefText words) {
        this.doc = doc;
        this.runs = runs;
        this.words = words;
    }

    void table(Block.Table t) {
        table(t, false);
    }

    void grid(Block.Grid g) {
        if (g.figure() != null) {
            figure(g.figure());
        } else {
            table(g.table(), true);
        }
        XWPFParagraph p = DocxWriter.paragraph(doc, "Caption");
        label(p, "Figure", words.get("label.figure"), ++figures, g.table().caption() + ". ");
        runs.write(p, g.legend(), true);
    }

    /**
     * The SVG attached to a picture as Word 2016 does it: an extension of the picture's blip that names the SVG part.
     * Word shows the SVG; older Words, LibreOffice and converters ignore the extension and show the PNG.
     */
    private void attach(XWPFPicture picture, byte[] svg) throws InvalidFormatException {
        String id = doc.addPictureData(svg, PictureType.SVG);
        CTBlip blip = picture.getCTPicture().getBlipFill().getBlip();
        CTOfficeArtExtension ext = (blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst()).addNewExt();
        ext.setUri(SVG_BLIP);
        try (XmlCursor c = ext.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(SVG_NS, "svgBlip", "asvg"));
            c.insertNamespace("asvg", SVG_NS);
            c.insertAttributeWithValue(new QName(RELATIONSHIPS_NS, "embed", "r"), id);
        }
    }

    /** A chart: the figure, then its numbered caption below it, as the grid has. */
    void picture(Block.Picture picture) {
        figure(picture.figure());
        XWPFParagraph p = DocxWriter.paragraph(doc, "Caption");
        label(p, "Figure", words.get("label.figure"), ++figures, picture.caption());
    }

    /** The PNG in a centred paragraph of its own, at its size, with its description as the alternative text. */
    private void figure(Figure f) {
        XWPFParagraph p = DocxWriter.paragraph(doc, null);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        keepNext(p); // the figure stays with its caption
        XWPFRun run = p.createRun();
        try (InputStream png = new ByteArrayInputStream(f.png())) {
            XWPFPicture picture = run.addPicture(png, Document.PICTURE_TYPE_PNG, f.name() + ".png", emu(f.widthCm()),
                    emu(f.heightCm()));
            byte[] svg = f.svg();
            if (svg != null) {
                attach(picture, svg);
            }
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Cannot add the figure " + f.name() + " to the Word document", e);
        }
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(f.alt());
        inline.getDocPr().setName(f.name());
    }

    /** English metric units, Word's measure of a drawing: 360,000 to the centimetre. */
    private static int emu(double cm) {
        return (int) Math.round(cm * 360_000);
    }

    private void table(Block.Table t, boolean figure) {
        if (!figure && t.caption() != null && !t.caption().isBlank()) {
            caption("Table", words.get("label.table"), ++tables, t.caption());
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
        int kept = figure ? t.rows().size() : t.rowsKeptTogether();
        XWPFTableRow first = table.getRow(0);
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = r == 0 ? first : appendRow(table, columns);
            if (r < t.headerRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true); // a row is read across: parted over two pages it reads as two
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                Cell content = c < cells.size() ? cells.get(c) : Blocks.cell("");
                if (content.shaded()) {
                    cell.setColor("D9D9D9");
                }
                cell(cell, content);
                if (r < kept - 1) {
                    // a figure whole, a table's first rows: each row keeps with the next
                    cell.getParagraphs().forEach(DocxTables::keepNext);
                }
            }
        }
        if (figure) {
            return;
        }
        DocxWriter.paragraph(doc, null).setSpacingAfter(0); // keeps the next table or heading from touching this one
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
            runs.write(p, line, true);
        }
    }

    private void caption(String sequence, String word, int number, String text) {
        XWPFParagraph p = DocxWriter.paragraph(doc, "Caption");
        p.setKeepNext(true);
        label(p, sequence, word, number, text);
    }

    /**
     * "Table 3. text", numbered by a SEQ field so Word can build a list of tables. The field is written in its complex
     * form (begin, instruction, separator, result, end), whose result is an ordinary run: readers that do not evaluate
     * fields (pandoc, python-docx, LibreOffice) still see the number. The sequence keeps its English name in every
     * language, as Word's own captions do; the word before the number is the brief's.
     */
    private static void label(XWPFParagraph p, String sequence, String word, int number, String text) {
        p.createRun().setText(word + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instruction = p.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(" SEQ " + sequence + " \\* ARABIC ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(String.valueOf(number));
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTR r = p.getCTP().addNewR();
        r.addNewT().setStringValue(". " + text);
        r.getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
