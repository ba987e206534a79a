package org.coprod.ui.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.coprod.model.Code;

/** How codes are named on screen: by name, or by their path through the groups above them ("Drivers / Trust"). */
public final class CodeNames {

    private CodeNames() {
    }

    public static String of(Code code) {
        return code == null ? "" : code.getName() == null || code.getName().isBlank() ? code.getId() : code.getName();
    }

    /** The names of a code's groups and its own, from the top. */
    public static String path(Code code) {
        List<String> names = new ArrayList<>();
        Set<Code> seen = new HashSet<>();
        for (Code c = code; c != null && seen.add(c); c = c.getParent()) {
            names.add(0, of(c));
        }
        return String.join(" / ", names);
    }

    /** Whether {@code code} is {@code ancestor} or lies under it. */
    public static boolean isUnder(Code code, Code ancestor) {
        Set<Code> seen = new HashSet<>();
        for (Code c = code; c != null && seen.add(c); c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
