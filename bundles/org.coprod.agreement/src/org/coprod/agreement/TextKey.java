package org.coprod.agreement;

/**
 * A text as two coders share it: the case the passages are kept with and the note or document id. Note ids are
 * only unique within their case, and a document serving two cases is coded for each of them apart.
 */
public record TextKey(String caseId, String textId) implements Comparable<TextKey> {

    @Override
    public int compareTo(TextKey o) {
        int c = caseId.compareTo(o.caseId);
        return c != 0 ? c : textId.compareTo(o.textId);
    }

    @Override
    public String toString() {
        return caseId + "/" + textId;
    }
}
