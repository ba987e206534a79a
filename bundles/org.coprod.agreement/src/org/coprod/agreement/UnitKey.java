package org.coprod.agreement;

/**
 * A unit that coders code at case level: a case, or one phase or service component of it ({@code detail}, empty for
 * the case as a whole).
 */
public record UnitKey(String caseId, String detail) implements Comparable<UnitKey> {

    @Override
    public int compareTo(UnitKey o) {
        int c = caseId.compareTo(o.caseId);
        return c != 0 ? c : detail.compareTo(o.detail);
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? caseId : caseId + " (" + detail + ")";
    }
}
