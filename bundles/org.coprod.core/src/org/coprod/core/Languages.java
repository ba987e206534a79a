package org.coprod.core;

import java.util.Locale;
import java.util.Set;

/** Languages of notes and documents: ISO 639-1 codes (two lower-case letters), as the validator and the preferences accept. */
public final class Languages {

    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** Whether the text is an ISO 639-1 code exactly as stored ("pt", not "PT", "por" or "Portuguese"). */
    public static boolean isCode(String code) {
        return code != null && code.length() == 2 && CODES.contains(code);
    }

    /** The message for text that is not a code, naming it and giving an example. */
    public static String problem(String code) {
        return "'" + code + "' is not an ISO 639-1 language code (two lower-case letters, such as en, pt, es or fr)";
    }
}
