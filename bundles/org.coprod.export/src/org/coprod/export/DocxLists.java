package org.coprod.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.coprod.export.Block.ParagraphKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The lists of a Word brief in the document's numbering part: one bullet list for all bullets, and a numbered list
 * definition of which each new numbered list is an instance that starts again at 1.
 */
final class DocxLists {

    private final XWPFNumbering numbering;
    private final BigInteger bulletNum;
    private final BigInteger numberedAbstract;
    private BigInteger currentNumbered;

    private DocxLists(XWPFNumbering numbering, BigInteger bulletNum, BigInteger numberedAbstract) {
        this.numbering = numbering;
        this.bulletNum = bulletNum;
        this.numberedAbstract = numberedAbstract;
    }

    /** Adds the brief's two list definitions to the document (beside those a reference document may have). */
    static DocxLists define(XWPFDocument doc) throws XmlException {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(900, true), numbering));
        BigInteger numberedAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(901, false), numbering));
        return new DocxLists(numbering, numbering.addNum(bullets), numberedAbstract);
    }

    /** Makes a bullet or numbered paragraph an item of its list, at its level (Word's levels stop at 6). */
    void number(XWPFParagraph p, Block.Paragraph b) {
        BigInteger num = bulletNum;
        if (b.kind() == ParagraphKind.NUMBERED) {
            if (b.listStart() || currentNumbered == null) {
                currentNumbered = restartedNumbering();
            }
            num = currentNumbered;
        }
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(Math.min(5, b.level())));
    }

    /** A numbered list that starts again at 1: a new instance of the numbered list definition. */
    private BigInteger restartedNumbering() {
        BigInteger id = numbering.addNum(numberedAbstract);
        CTNum num = numbering.getNum(id).getCTNum();
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return id;
    }

    private static CTAbstractNum abstractNum(int id, boolean bullet) throws XmlException {
        // XMLBeans reads a type's content from an xml-fragment; a <w:abstractNum> root would nest inside the copy
        StringBuilder xml = new StringBuilder("<xml-fragment "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:abstractNumId=\"")
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
}
