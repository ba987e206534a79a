package org.coprod.export;

import java.util.Locale;

/**
 * How much a brief says. {@link #SHORT} is the brief a decision maker reads (a comparative brief in 4 to 8 pages, a
 * single case in 2): key messages and the grid first, short case cards at the end. {@link #FULL} adds every section of
 * the outline and the whole case notes, for the team that documents the cases.
 */
public enum BriefDetail {
    SHORT, FULL;

    /** "short" or "full", in any case. */
    public static BriefDetail parse(String name) throws BriefException {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new BriefException("Unknown detail '" + name + "': use short or full");
        };
    }
}
