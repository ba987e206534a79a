package org.coprod.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.coprod.export.Block.ParagraphKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * One brief being written into a prepared Word document ({@link DocxWriter}): the title, then each block in its style.
 * Every kind of block is handled here, by an exhaustive switch, so a new kind cannot be forgotten.
 */
final class DocxBody {

    private static final int TOC_LEVELS = 3;
    private static final String TOC_INSTRUCTION = "TOC \\o \"1-" + TOC_LEVELS + "\" \\h \\z \\u";

    private final XWPFDocument doc;
    private final Brief brief;
    private final DocxRuns runs;
    private final DocxTables tables;
    private DocxLists lists;
    private final PageEstimate pages;
    private int headings;

    DocxBody(XWPFDocument doc, Brief brief) {
        this.doc = doc;
        this.brief = brief;
        this.runs = new DocxRuns(doc);
        this.tables = new DocxTables(doc, runs, brief.text());
        this.pages = PageEstimate.of(brief);
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
            case Block.Heading h -> heading(h);
            case Block.Paragraph p -> paragraph(p);
            case Block.Table t -> tables.table(t);
            case Block.Grid g -> tables.grid(g);
            case Block.Picture p -> tables.picture(p);
            case Block.Code c -> code(c);
            case Block.Contents c -> contents();
        }
    }

    /** A heading; those the contents list are bookmarked, for the contents' links and page references. */
    private void heading(Block.Heading h) {
        XWPFParagraph p = newParagraph("Heading" + Math.max(1, Math.min(4, h.level())));
        int n = ++headings;
        if (h.level() > TOC_LEVELS) {
            p.createRun().setText(h.text());
            return;
        }
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(BigInteger.valueOf(n));
        start.setName(bookmark(n));
        p.createRun().setText(h.text());
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(n));
    }

    /** The bookmark of the n-th heading, named as Word names those of its contents. */
    private static String bookmark(int n) {
        return String.format("_Toc%08d", n);
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
        int n = 0;
        for (Block.Heading h : brief.headings()) {
            n++;
            if (h.level() > TOC_LEVELS) {
                continue;
            }
            XWPFParagraph p = first ? start : newParagraph("TOC" + h.level());
            if (first) {
                p.setStyle("TOC" + h.level());
            }
            first = false;
            entry(p, h.text(), bookmark(n), pages.page(n));
        }
        XWPFParagraph end = first ? start : newParagraph("TOC1");
        // no page break after it: the contents run to most of a page already, and a break after them left page 2 nearly
        // blank whenever the first section did not fit below them
        fieldChar(end, STFldCharType.END);
    }

    /**
     * One line of the contents as Word writes it: a link to the heading's bookmark holding the heading's text, a tab to
     * the dotted right-hand tab stop of the TOC styles, and a PAGEREF field to the bookmark with the page as its result.
     */
    private static void entry(XWPFParagraph p, String text, String bookmark, int page) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        link.setHistory(true);
        link.addNewR().addNewT().setStringValue(text);
        link.addNewR().addNewTab();
        link.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = link.addNewR().addNewInstrText();
        instr.setStringValue(" PAGEREF " + bookmark + " \\h ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        link.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        link.addNewR().addNewT().setStringValue(Integer.toString(page));
        link.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }
}
