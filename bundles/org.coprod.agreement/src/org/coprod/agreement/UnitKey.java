package org.coprod.agreement;

import java.util.Objects;

/**
 * A unit that coders code at case level: a case, or one phase or service component of it. {@code detail} is its key
 * ("phase 2, component billing", empty for the case as a whole): stable, in English whatever the language, and what the
 * comparison and the command line's JSON match units by. {@code label} is the same part of the case in the runtime's
 * language, for people to read; it plays no part in equality or order.
 */
public record UnitKey(String caseId, String detail, String label) implements Comparable<UnitKey> {

    /** A unit whose label is its key (the case as a whole, or a key built by a test). */
    public UnitKey(String caseId, String detail) {
        this(caseId, detail, detail);
    }

    @Override
    public int compareTo(UnitKey o) {
        int c = caseId.compareTo(o.caseId);
        return c != 0 ? c : detail.compareTo(o.detail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitKey u && caseId.equals(u.caseId) && detail.equals(u.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, detail);
    }

    /** The case id and the key, as the command line prints them. */
    @Override
    public String toString() {
        return detail.isEmpty() ? caseId : caseId + " (" + detail + ")";
    }

    /** The case id and the label, as the workbench shows them. */
    public String shown() {
        return label.isEmpty() ? caseId : caseId + " (" + label + ")";
    }
}
