package org.coprod.core;

import java.util.Locale;
import java.util.Set;

/**
 * Countries as the library stores them: ISO 3166-1 alpha-2 codes ({@code BR}), shown by their English names. The one
 * place that says which codes exist, so the importer, the validator and the briefs accept and name the same ones.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** Whether the text is exactly a known code; stored codes are upper case, so {@code br} is not one. */
    public static boolean isCode(String text) {
        return text != null && CODES.contains(text);
    }

    /** The code typed by a user ({@code " br "} → {@code BR}), if it is one; otherwise null. */
    public static String code(String typed) {
        if (typed == null) {
            return null;
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? upper : null;
    }

    /** The English name of a code ({@code BR} → Brazil); the text itself when it is no known code, "" for null. */
    public static String name(String code) {
        String known = code(code);
        if (known == null) {
            return code == null ? "" : code;
        }
        String name = Locale.of("", known).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? known : name;
    }
}
