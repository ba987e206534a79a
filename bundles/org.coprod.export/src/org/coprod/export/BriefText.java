package org.coprod.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.coprod.core.Countries;
import org.coprod.core.Labels;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The fixed words of a brief in its language (headings, labels, sentence templates) from the resource bundle
 * {@code brief.properties} beside this class and its translations {@code brief_pt}, {@code brief_es} and {@code brief_fr};
 * the model's values and country names come from core in the same language. Templates use {@link MessageFormat}
 * placeholders; their data always comes from the library.
 */
final class BriefText {

    /** The languages a brief can be written in, English first (the default). */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("pt"), Locale.of("es"), Locale.of("fr"));

    private static final String BUNDLE = "org.coprod.export.brief";
    private static final Map<String, BriefText> KNOWN = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private BriefText(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's locale: a key missing from a translation falls back to English, never to another language
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BriefText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of a brief in the language (its language part only: pt_BR reads brief_pt). */
    static BriefText of(Locale language) {
        Locale only = language == null ? Locale.ENGLISH : Locale.of(language.getLanguage());
        return KNOWN.computeIfAbsent(only.getLanguage(), l -> new BriefText(only));
    }

    static BriefText english() {
        return of(Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key, with its placeholders filled in. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("brief.properties has no text for '" + key + "'", e);
        }
        return new MessageFormat(pattern, locale).format(args); // always, so an apostrophe is always written ''
    }

    /** The language as Word and Markdown tag it: the variant the translation is written in (pt-BR, British English). */
    String tag() {
        return tag(locale);
    }

    static String tag(Locale language) {
        return switch (language.getLanguage()) {
            case "pt" -> "pt-BR";
            case "es" -> "es-ES";
            case "fr" -> "fr-FR";
            default -> "en-GB";
        };
    }

    /** A value of the model's enumerations in the brief's language. */
    String label(Enumerator value) {
        return Labels.of(value, locale);
    }

    /** A country's name in the brief's language. */
    String country(String code) {
        return Countries.name(code, locale);
    }

    /** A date as the language writes it in full: "1 December 2026" (British, not "December 1, 2026"), "1 de dezembro de 2026". */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(tag())).format(date);
    }
}
