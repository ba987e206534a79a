package org.coprod.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.ENamedElement;

/**
 * The words a person reads for the model's names, wherever they are shown (editor, comparison, briefs, messages): an
 * enumeration value by its label ({@code "local government"}), a feature or a type by its name split into words
 * ({@code periodStart} → "Period start", {@code ActorType} → "actor type").
 * <p>
 * The English labels are the model's own (the enumeration literals, the built-in typology's exact cell names) and stay
 * the reference: files, the index and the command line use them. Translations are data beside them: {@code labels.properties}
 * in this package holds the English once more as the key list, {@code labels_pt}, {@code _es} and {@code _fr} come from
 * the {@code org.coprod.core.nl} fragment. A value with no translation, or a typology text a library has changed, is
 * shown as stored.
 */
public final class Labels {

    private static final String BUNDLE = "org.coprod.core.labels";

    private Labels() {
    }

    /** The value's label, "" for no value. */
    public static String of(Enumerator value) {
        return value == null ? "" : value.getLiteral();
    }

    /** The value's label in the language, the English label when it has no translation; "" for no value. */
    public static String of(Enumerator value, Locale locale) {
        if (value == null) {
            return "";
        }
        return translated(enumKey(value), value.getLiteral(), locale);
    }

    /** The value's label in the language the program runs in (the JVM's default locale, which Eclipse's {@code -nl} sets). */
    public static String shown(Enumerator value) {
        return of(value, Locale.getDefault());
    }

    /** A feature's name as a heading: {@code periodStart} → "Period start". */
    public static String of(ENamedElement element) {
        String words = words(element);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A feature's heading in the language ("Início do período"), the English heading when it has no translation. */
    public static String of(ENamedElement element, Locale locale) {
        String english = of(element);
        return element == null || english.isEmpty() ? english : translated("feature." + element.getName(), english, locale);
    }

    /** A feature's heading in the language the program runs in. */
    public static String shown(ENamedElement element) {
        return of(element, Locale.getDefault());
    }

    /**
     * A feature as a message names its field in parentheses: in English the model's own name ({@code periodStart}, as
     * files, the import's columns and the command line write it), in another language its translated heading in lower
     * case ("início do período"); the model's name too when the language has no translation of it.
     */
    public static String field(ENamedElement element, Locale locale) {
        String name = element == null || element.getName() == null ? "" : element.getName();
        String heading = of(element, locale);
        if (name.isEmpty() || heading.equals(of(element))) {
            return name;
        }
        return heading.substring(0, 1).toLowerCase(locale) + heading.substring(1);
    }

    /** A name as words inside a sentence: {@code ActorType} → "actor type", {@code periodStart} → "period start". */
    public static String words(ENamedElement element) {
        String name = element == null || element.getName() == null ? "" : element.getName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * A type's name as words inside a sentence in the language ("tipo de ator"), the English words when it has no
     * translation; the label files hold them as {@code type.ActorType}.
     */
    public static String words(ENamedElement element, Locale locale) {
        String english = words(element);
        return element == null || english.isEmpty() ? english : translated("type." + element.getName(), english, locale);
    }

    /** The cell's name in the language; the exact English name (the reference) when it has none or was changed. */
    public static String name(TypologyCell cell, Locale locale) {
        return cell == null ? "" : typologyText(cell.getId(), "name", cell.getName(), locale);
    }

    /** The value's label ("Professionals as sole service planner") in the language. */
    public static String label(DimensionValue value, Locale locale) {
        return value == null ? "" : typologyText(value.getId(), "label", value.getLabel(), locale);
    }

    /** The value's definition in the language. */
    public static String definition(DimensionValue value, Locale locale) {
        return value == null ? "" : typologyText(value.getId(), "definition", value.getDefinition(), locale);
    }

    /** The typology's name in the language. */
    public static String name(Typology typology, Locale locale) {
        return typology == null ? "" : typologyText(typology.getId(), "name", typology.getName(), locale);
    }

    /** The typology's description in the language. */
    public static String description(Typology typology, Locale locale) {
        return typology == null ? "" : typologyText(typology.getId(), "description", typology.getDescription(), locale);
    }

    /** The dimension's name ("Planning") in the language. */
    public static String name(TypologyDimension dimension, Locale locale) {
        return dimension == null ? "" : typologyText(dimension.getId(), "name", dimension.getName(), locale);
    }

    /** The key of a value in the label files: the enumeration's name and the value's name, {@code Sector.HOUSING}. */
    static String enumKey(Enumerator value) {
        String type = value instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : value.getClass().getSimpleName();
        return type + "." + value.getName();
    }

    /**
     * A typology text is translated only while it is still the built-in English one: a library whose typology was renamed
     * or written by its coders shows their words.
     */
    private static String typologyText(String id, String part, String stored, Locale locale) {
        String text = stored == null ? "" : stored;
        if (id == null) {
            return text;
        }
        String key = id + "." + part;
        String english = translated(key, null, Locale.ROOT);
        return text.equals(english) ? translated(key, text, locale) : text;
    }

    private static String translated(String key, String fallback, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                    Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return text.isBlank() ? fallback : text;
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
