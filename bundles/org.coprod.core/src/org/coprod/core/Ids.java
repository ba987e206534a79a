package org.coprod.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Ids made from names, for cases the editor creates and actors the importer creates: lower-case ASCII words joined by
 * hyphens, accents dropped ({@code "São Paulo"} → {@code sao-paulo}), so a name gives the same id wherever it is typed.
 */
public final class Ids {

    /** Long enough to tell cases apart, short enough for a file name on every system. */
    static final int MAX_LENGTH = 48;

    private Ids() {
    }

    /** The id a name gives, or the fallback when the name has no letter or digit left. */
    public static String fromName(String name, String fallback) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.length() > MAX_LENGTH) {
            // Cut at the limit, then drop the dash a cut word may leave behind.
            base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return base.isEmpty() ? fallback : base;
    }

    /** The base itself, or the base with the first free number from 2 ({@code base-2}, {@code base-3}…). */
    public static String unique(String base, Predicate<String> taken) {
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
