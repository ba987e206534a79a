package org.coprod.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms of a thesaurus term a query may use: as written, without accents, and with its words in the plural by the
 * regular rules of its language (esgoto → esgotos, federação → federações, ciudad → ciudades, égout → égouts,
 * bureau → bureaux). Irregular plurals are listed in the thesaurus itself.
 */
final class Plurals {

    private Plurals() {
    }

    static Set<String> variants(String term, String language) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(term);
        StringBuilder plural = new StringBuilder();
        for (String word : term.split(" ")) {
            if (!plural.isEmpty()) {
                plural.append(' ');
            }
            plural.append(word.length() > 3 ? plural(word, language) : word);
        }
        forms.add(plural.toString());
        for (String form : Set.copyOf(forms)) {
            forms.add(Thesaurus.folded(form));
        }
        return forms;
    }

    private static String plural(String word, String language) {
        if (word.endsWith("s") || word.endsWith("x")) {
            return word;
        }
        return switch (language) {
        case "pt" -> word.endsWith("ão") ? word.substring(0, word.length() - 2) + "ões"
                : word.endsWith("al") ? word.substring(0, word.length() - 2) + "ais"
                : word.endsWith("r") || word.endsWith("z") ? word + "es"
                : word.endsWith("m") ? word.substring(0, word.length() - 1) + "ns" : word + "s";
        case "es" -> word.endsWith("z") ? word.substring(0, word.length() - 1) + "ces"
                : word.endsWith("ción") ? word.substring(0, word.length() - 4) + "ciones"
                : "aeiouáéó".indexOf(word.charAt(word.length() - 1)) >= 0 ? word + "s" : word + "es";
        case "fr" -> word.endsWith("eau") || word.endsWith("eu") ? word + "x"
                : word.endsWith("al") ? word.substring(0, word.length() - 2) + "aux" : word + "s";
        default -> word.endsWith("y") && word.length() > 4 ? word.substring(0, word.length() - 1) + "ies" : word + "s";
        };
    }
}
