package org.coprod.export;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.coprod.export.Inline.Mark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * The text inside a paragraph of a Word brief: runs with their marks, web links, line breaks and real footnotes,
 * numbered from a counter of this document's. Every kind of inline is handled here, by an exhaustive switch.
 */
final class DocxRuns {

    private final XWPFDocument doc;
    private BigInteger nextFootnoteId;

    DocxRuns(XWPFDocument doc) {
        this.doc = doc;
    }

    /** The language of the cases' own words, which Word should check as that language whatever the brief's. */
    private static final String CONTENT_LANGUAGE = BriefText.tag(Brief.CONTENT_LANGUAGE);

    /** Appends the inlines to the paragraph; where footnotes are not allowed (inside a footnote) they are put in brackets. */
    void write(XWPFParagraph p, List<Inline> inlines, boolean footnotesAllowed) {
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
                        write(p, l.label(), footnotesAllowed); // SafeText drops such links; never write one
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
        if (t.has(Mark.CONTENT)) {
            r.setLang(CONTENT_LANGUAGE);
        }
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
        write(text, f.content(), false);
        p.addFootnoteReference(note);
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
}
