package org.coprod.export;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.coprod.export.Block.ParagraphKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * One brief being written into a prepared Word document ({@link DocxWriter}): the title, then each block in its style.
 * Every kind of block is handled here, by an exhaustive switch, so a new kind cannot be forgotten.
 */
final class DocxBody {

    private static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";

    private final XWPFDocument doc;
    private final Brief brief;
    private final DocxRuns runs;
    private final DocxTables tables;
    private DocxLists lists;

    DocxBody(XWPFDocument doc, Brief brief) {
        this.doc = doc;
        this.brief = brief;
        this.runs = new DocxRuns(doc);
        this.tables = new DocxTables(doc, runs, brief.text());
    }

    void write() throws XmlException {
        lists = DocxLists.define(doc);
        newParagraph("Title").createRun().setText(brief.title());
        for (Block b : brief.blocks()) {
            block(b);
        }
    }

    private XWPFParagraph newParagraph(String style) {
        return DocxWriter.paragraph(doc, style);
    }

    private void block(Block b) {
        switch (b) {
            case Block.Heading h -> newParagraph("Heading" + Math.max(1, Math.min(4, h.level()))).createRun().setText(h.text());
            case Block.Paragraph p -> paragraph(p);
            case Block.Table t -> tables.table(t);
            case Block.Grid g -> tables.grid(g);
            case Block.Picture p -> tables.picture(p);
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
            lists.number(p, b);
        } else if (b.level() > 0) {
            p.setIndentationLeft(360 * (b.level() + 1));
        }
        runs.write(p, b.inlines(), true);
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
        newParagraph("TOCHeading").createRun().setText(brief.text().get("h.contents"));
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
