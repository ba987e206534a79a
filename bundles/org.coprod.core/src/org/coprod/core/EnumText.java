package org.coprod.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * Enumeration values from text a person typed, in a spreadsheet or in the editor: the label ({@code "local government"})
 * or the constant's name ({@code LOCAL_GOVERNMENT}), in any case, with spaces, underscores and dashes taken as the same
 * separator ({@code "in kind"}, {@code in_kind}, {@code In-Kind}). The importer and the editor parse with this one rule,
 * so what one accepts the other accepts.
 */
public final class EnumText {

    /** Compiled once: an import parses this for every value of every case (String.replaceAll compiles per call). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private EnumText() {
    }

    /** The literal the text names, if any. */
    public static Optional<EEnumLiteral> literal(EEnum type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normal(text);
        for (EEnumLiteral literal : type.getELiterals()) {
            if (normal(literal.getLiteral()).equals(wanted) || normal(literal.getName()).equals(wanted)) {
                return Optional.of(literal);
            }
        }
        return Optional.empty();
    }

    /** The value the text names, if any. */
    public static Optional<Enumerator> value(EEnum type, String text) {
        return literal(type, text).map(EEnumLiteral::getInstance);
    }

    /** The labels a user may type, in the model's order, for messages that say what was expected. */
    public static List<String> labels(EEnum type) {
        return type.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
    }

    /** Lower case, and every run of spaces, underscores and dashes one space: the form two spellings are compared in. */
    static String normal(String text) {
        return SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
