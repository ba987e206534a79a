package org.coprod.ui.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes;
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

    /**
     * A code as a list to choose from names it: with its group ("Drivers / governance"), except a typology cell, whose
     * name already says where it is ("P2-D2 Full user/professional co-production").
     */
    public static String choice(Code code) {
        boolean cell = code.getBuiltIn() != null && code.getBuiltIn().startsWith("cell:");
        return code.getParent() == null || cell ? of(code) : of(code.getParent()) + " / " + of(code);
    }

    /** The codes in the order lists offer them: the researcher's own codes first, then the built-in ones, each in codebook order. */
    public static List<Code> ordered(List<Code> codes) {
        List<Code> out = new ArrayList<>(codes.stream().filter(c -> !BuiltInCodes.isBuiltIn(c)).toList());
        codes.stream().filter(BuiltInCodes::isBuiltIn).forEach(out::add);
        return out;
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
