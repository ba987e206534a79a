package org.coprod.core;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.ENamedElement;

/**
 * The words a person reads for the model's names, wherever they are shown (editor, comparison, briefs, messages): an
 * enumeration value by its label ({@code "local government"}), a feature or a type by its name split into words
 * ({@code periodStart} → "Period start", {@code ActorType} → "actor type").
 */
public final class Labels {

    private Labels() {
    }

    /** The value's label, "" for no value. */
    public static String of(Enumerator value) {
        return value == null ? "" : value.getLiteral();
    }

    /** A feature's name as a heading: {@code periodStart} → "Period start". */
    public static String of(ENamedElement element) {
        String words = words(element);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A name as words inside a sentence: {@code ActorType} → "actor type", {@code periodStart} → "period start". */
    public static String words(ENamedElement element) {
        String name = element == null || element.getName() == null ? "" : element.getName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
