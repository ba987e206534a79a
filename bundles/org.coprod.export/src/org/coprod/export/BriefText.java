package org.coprod.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed words of a brief (headings, labels, sentence templates) from the resource bundle {@code brief.properties}
 * beside this class, so that a brief in another language needs only {@code brief_pt.properties} and no code change.
 * Templates use {@link MessageFormat} placeholders; their data always comes from the library.
 */
final class BriefText {

    private static final String BUNDLE = "org.coprod.export.brief";

    private final ResourceBundle bundle;
    private final Locale locale;

    private BriefText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BriefText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final BriefText ENGLISH = new BriefText(Locale.ENGLISH);

    /** The English words (the only language so far). */
    static BriefText english() {
        return ENGLISH;
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

    /** Shorthand for the English text of a key. */
    static String t(String key, Object... args) {
        return ENGLISH.get(key, args);
    }
}
