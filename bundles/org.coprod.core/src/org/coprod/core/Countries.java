package org.coprod.core;

import java.util.Locale;
import java.util.Set;

/**
 * Countries as the library stores them: ISO 3166-1 alpha-2 codes ({@code BR}), shown by their names in the reader's
 * language (the JDK's own names, so every language the JDK knows is covered). The one place that says which codes exist
 * and what they are called, so the importer, the validator, the workbench, search and the briefs agree.
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
        return name(code, Locale.ENGLISH);
    }

    /**
     * The name of a code in a language ({@code BR} in Portuguese → Brasil); the text itself when it is no known code,
     * "" for null.
     */
    public static String name(String code, Locale language) {
        String known = code(code);
        if (known == null) {
            return code == null ? "" : code;
        }
        String name = Locale.of("", known).getDisplayCountry(language);
        return name.isBlank() ? known : name;
    }

    /**
     * The name with the code beside it ({@code Brasil (BR)}), for lists where users know countries by either; the text
     * alone when it is no known code.
     */
    public static String label(String code, Locale language) {
        String known = code(code);
        return known == null ? name(code, language) : name(known, language) + " (" + known + ")";
    }

    /** Every known code. */
    public static Set<String> codes() {
        return CODES;
    }
}
