package org.coprod.agreement;

import java.util.Objects;

import org.coprod.model.CodableText;
import org.coprod.model.Document;
import org.coprod.model.Note;

/** A text some coder coded passages of, with its length in code points: the units of the comparison. */
public record CodedText(TextKey key, String title, int length, CodableText text) {

    /**
     * Whether two coders' copies are the same text: the same object in one library; in two copies of a library, a note
     * with the same words, or a document with the same recorded digest (else the same length).
     */
    public boolean sameAs(CodedText other) {
        if (text == other.text) {
            return true;
        }
        if (length != other.length) {
            return false;
        }
        if (text instanceof Note a && other.text instanceof Note b) {
            return Objects.equals(a.getText(), b.getText());
        }
        if (text instanceof Document a && other.text instanceof Document b) {
            return a.getTextDigest() == null || b.getTextDigest() == null || a.getTextDigest().equalsIgnoreCase(b.getTextDigest());
        }
        return false;
    }
}
