package org.coprod.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Makes the reference document that ships in org.coprod.export ({@code resources/reference/brief-reference.docx}):
 * the named styles the writer uses, A4 pages with 2 cm margins, a "Page N of M" footer and the footnote separators.
 * Run once when the house style changes: {@code java ... org.coprod.export.ReferenceDocumentGenerator <file.docx>};
 * {@link ReferenceDocumentTests} checks the committed file still defines every style.
 */
public final class ReferenceDocumentGenerator {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String ACCENT = "1F4E79";
    private static final String ACCENT2 = "2E74B5";

    private ReferenceDocumentGenerator() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "bundles/org.coprod.export/resources/reference/brief-reference.docx"));
    }

    public static void write(Path file) throws IOException, XmlException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            doc.createFootnotes().setFootnotes(FootnotesDocument.Factory.parse(footnotes()).getFootnotes());
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = sect.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
            margins.setLeft(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);
            DocxWriter.addPageFooter(doc, BriefText.english());
            fontTable(doc);
            doc.getProperties().getCoreProperties().setTitle("Co-production brief reference document");
            doc.getProperties().getCoreProperties().setCreator("Co-production Workbench");
            doc.createParagraph().createRun()
                    .setText("Reference document: its styles, page setup and footer are used by coprod brief --format docx.");
            doc.write(out);
        }
    }

    /**
     * The fonts the styles name, each with its metric-compatible free alternative (Carlito for Calibri, Caladea for
     * Cambria), so a reader without the Microsoft fonts lays the brief out on the same lines and pages.
     */
    private static void fontTable(XWPFDocument doc) throws IOException {
        String xml = "<w:fonts " + W + ">"
                + font("Calibri", "Carlito", "020F0502020204030204", "swiss")
                + font("Cambria", "Caladea", "02040503050406030204", "roman")
                + font("Courier New", "Liberation Mono", "02070309020205020404", "modern") + "</w:fonts>";
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static String font(String name, String alternative, String panose, String family) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alternative + "\"/><w:panose1 w:val=\"" + panose
                + "\"/><w:charset w:val=\"00\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + (family.equals("modern")
                ? "fixed" : "variable") + "\"/></w:font>";
    }

    private static String footnotes() {
        return "<w:footnotes " + W + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
                + "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
                + "w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "</w:footnotes>";
    }

    private static String font(String name) {
        return "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:eastAsia=\"" + name + "\" w:cs=\"" + name + "\"/>";
    }

    private static String paragraphStyle(String id, String name, String basedOn, String next, String pPr, String rPr, boolean quick) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + "<w:uiPriority w:val=\"9\"/>" + (quick ? "<w:qFormat/>" : "") + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String heading(int level, int size, String color, int before, int after, String extra) {
        return paragraphStyle("Heading" + level, "heading " + level, "Normal", "Normal",
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\"/><w:outlineLvl w:val=\""
                + (level - 1) + "\"/>",
                font("Cambria") + "<w:b/><w:bCs/>" + extra + "<w:color w:val=\"" + color + "\"/><w:sz w:val=\"" + size
                        + "\"/><w:szCs w:val=\"" + size
                + "\"/>", true);
    }

    static String styles() {
        StringBuilder s = new StringBuilder("<w:styles " + W + ">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(font("Calibri"))
                .append("<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" "
                        + "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
                        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph "
                + "Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority "
                + "w:val=\"99\"/><w:semiHidden/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" "
                + "w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority "
                + "w:val=\"99\"/><w:semiHidden/></w:style>");
        s.append(paragraphStyle("Title", "Title", "Normal", "Normal", "<w:spacing w:before=\"0\" w:after=\"120\"/><w:contextualSpacing/>",
                font("Cambria") + "<w:b/><w:color w:val=\"" + ACCENT
                + "\"/><w:spacing w:val=\"-10\"/><w:kern w:val=\"28\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>", true));
        s.append(paragraphStyle("Subtitle", "Subtitle", "Normal", "Normal", "<w:spacing w:after=\"160\"/>",
                "<w:i/><w:color w:val=\"44546A\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>", true));
        s.append(paragraphStyle("Author", "Author", "Normal", "Normal",
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"" + ACCENT
                + "\"/></w:pBdr><w:spacing w:after=\"240\"/>",
                "<w:color w:val=\"404040\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>", false));
        s.append(heading(1, 32, ACCENT, 360, 120, ""));
        s.append(heading(2, 26, ACCENT2, 240, 80, ""));
        s.append(heading(3, 22, ACCENT, 200, 60, ""));
        s.append(heading(4, 21, "404040", 160, 40, "<w:i/><w:iCs/>"));
        s.append(paragraphStyle("Caption", "caption", "Normal", "Normal", "<w:spacing w:before=\"120\" w:after=\"120\"/>",
                "<w:i/><w:iCs/><w:color w:val=\"44546A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", true));
        s.append(paragraphStyle("Quote", "Quote", "Normal", "Normal",
                "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"" + ACCENT2
                + "\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EAF1F8\"/>"
                        + "<w:spacing w:before=\"60\" w:after=\"120\"/><w:ind w:left=\"284\" w:right=\"284\"/>",
                "<w:color w:val=\"262626\"/>", true));
        s.append(paragraphStyle("TOCHeading", "TOC Heading", "Heading1", "Normal", "<w:outlineLvl w:val=\"9\"/>", "", true));
        s.append(paragraphStyle("TOC1", "toc 1", "Normal", "Normal",
                "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9628\"/></w:tabs><w:spacing w:after=\"40\"/>", "<w:b/>", false));
        s.append(paragraphStyle("TOC2", "toc 2", "Normal", "Normal",
                "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9628\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind "
                + "w:left=\"284\"/>", "", false));
        s.append(paragraphStyle("TOC3", "toc 3", "Normal", "Normal",
                "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9628\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind "
                + "w:left=\"567\"/>", "", false));
        s.append(paragraphStyle("FootnoteText", "footnote text", "Normal", null,
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", false));
        s.append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:basedOn "
                + "w:val=\"DefaultParagraphFont\"/>"
                + "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn "
                + "w:val=\"DefaultParagraphFont\"/>"
                + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        s.append(paragraphStyle("SourceCode", "Source Code", "Normal", null,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:spacing w:after=\"0\" w:line=\"240\" "
                + "w:lineRule=\"auto\"/><w:ind w:left=\"284\"/>",
                font("Courier New") + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false));
        s.append("<w:style w:type=\"character\" w:styleId=\"VerbatimChar\"><w:name w:val=\"Verbatim Char\"/><w:basedOn "
                + "w:val=\"DefaultParagraphFont\"/>"
                + "<w:rPr>" + font("Courier New") + "<w:sz w:val=\"19\"/></w:rPr></w:style>");
        s.append(paragraphStyle("ListParagraph", "List Paragraph", "Normal", null, "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>", "",
                true));
        s.append(paragraphStyle("Footer", "footer", "Normal", null,
                "<w:tabs><w:tab w:val=\"center\" w:pos=\"4819\"/><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing "
                + "w:after=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false));
        // The table style: thin rules, a dark header row, bold row labels, compact text
        String thin = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"";
        s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"BriefTable\"><w:name w:val=\"Brief Table\"/><w:basedOn "
                + "w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>"
                + "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz "
                + "w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders><w:top " + thin + "/><w:left " + thin + "/><w:bottom " + thin + "/><w:right " + thin
                + "/><w:insideH " + thin + "/><w:insideV " + thin + "/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" "
                + "w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr><w:tcPr><w:shd "
                + "w:val=\"clear\" w:color=\"auto\" w:fill=\"" + ACCENT + "\"/></w:tcPr></w:tblStylePr>"
                + "<w:tblStylePr w:type=\"firstCol\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" "
                + "w:fill=\"EAF1F8\"/></w:tcPr></w:tblStylePr>"
                + "</w:style>");
        s.append("</w:styles>");
        return s.toString();
    }
}
