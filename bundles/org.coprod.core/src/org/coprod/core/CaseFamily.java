package org.coprod.core;

import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;

/**
 * A case's place among the library's cases: the cases recorded with it as their parent (a replication, an affiliate,
 * a programme it grew into). The one place that says which cases are a case's children, so a brief's "what travelled"
 * and any other view read the same answer.
 */
public final class CaseFamily {

    private CaseFamily() {
    }

    /** The library's cases whose parent is this case, in library order; none for a case outside a library. */
    public static List<Case> children(Case c) {
        if (c == null || !(c.eContainer() instanceof CaseLibrary library)) {
            return List.of();
        }
        return library.getCases().stream().filter(other -> other.getParent() == c).toList();
    }
}
