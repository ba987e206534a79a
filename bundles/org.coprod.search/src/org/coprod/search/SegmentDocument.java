package org.coprod.search;

import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Segment;

/**
 * Turns one coded segment of a case into a Lucene document of its own, so that a search can answer with passages
 * rather than cases. It holds all a listing of the segment shows, so that a segment search needs no model.
 */
final class SegmentDocument {

    private SegmentDocument() {
    }

    static Document of(Case c, Segment s) {
        Document doc = new Document();
        doc.add(new StringField(CaseDocument.KIND, CaseDocument.KIND_SEGMENT, Field.Store.NO));
        // The case id under the case's own key, so that updating or deleting the case takes its segments with it.
        doc.add(new StringField(CaseDocument.ID, c.getId(), Field.Store.YES));
        keyword(doc, CaseDocument.SEGMENT, s.getId());
        CodableText text = s.getText();
        keyword(doc, CaseDocument.CODED_TEXT, text == null ? null : text.getId());
        // Doc values of the case, text, start and end: the reading order a segment search sorts by.
        doc.add(new SortedDocValuesField(CaseDocument.ID, new BytesRef(c.getId())));
        number(doc, CaseDocument.START, s.getStart());
        number(doc, CaseDocument.END, s.getEnd());
        if (s.getQuote() != null && !s.getQuote().isBlank()) {
            doc.add(new TextField(CaseDocument.quoteField(CaseAnalyzers.languageOf(text)), s.getQuote(), Field.Store.YES));
        }
        for (Code code : s.getCodes()) {
            String name = CaseDocument.codeName(code);
            if (name != null) {
                doc.add(new StringField(CaseDocument.CODE, CaseDocument.codeValue(name), Field.Store.NO));
                doc.add(new StoredField(CaseDocument.CODE, name));
            }
        }
        Coder coder = s.getCoder();
        String coderName = coder == null ? null : coder.getName();
        if (coderName != null && !coderName.isBlank()) {
            doc.add(new StringField(CaseDocument.CODER, coderName.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new StoredField(CaseDocument.CODER, coderName.strip()));
        }
        if (s.getCodedOn() != null) {
            doc.add(new StoredField(CaseDocument.CODED_ON, s.getCodedOn().getTime()));
        }
        return doc;
    }

    /** A whole value, stored and sortable; an absent one gets neither (it sorts first). */
    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void number(Document doc, String field, int value) {
        doc.add(new StoredField(field, value));
        doc.add(new NumericDocValuesField(field, value));
    }
}
