package org.coprod.share;

import java.util.Locale;

/** Whose value a conflict is resolved to: the local library's, the remote's, or the common ancestor's. */
public enum Side {
    MINE, THEIRS, BASE;

    /** The side named {@code mine}, {@code theirs} or {@code base} (any case), as the command line takes it. */
    public static Side named(String word) throws ShareException {
        for (Side s : values()) {
            if (s.name().equalsIgnoreCase(word)) {
                return s;
            }
        }
        throw new ShareException("'" + word + "' is not a side: take mine, theirs or base");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
