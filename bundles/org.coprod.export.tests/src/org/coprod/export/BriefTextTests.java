package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The brief's translation files: each has exactly the English keys, the same placeholders, patterns MessageFormat reads,
 * only ASCII (as Properties.load reads it), nothing left in English but words spelt alike, and the domain's terms.
 */
class BriefTextTests {

    /** Texts spelt the same in English and the language. */
    private static final Set<String> SAME = Set.of("Page", "Figure", "Sources", "Casos");

    @ParameterizedTest
    @ValueSource(strings = { "pt", "es", "fr" })
    void aTranslationHasTheEnglishKeysAndPlaceholders(String language) throws IOException {
        Properties english = BriefLanguageTests.words("en");
        Properties translated = BriefLanguageTests.words(language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String tr = translated.getProperty(key);
            if (!placeholders(en).equals(placeholders(tr))) {
                problems.add(key + ": placeholders " + placeholders(tr) + ", English has " + placeholders(en));
            }
            if (tr.isBlank()) {
                problems.add(key + ": empty");
            } else if (tr.equals(en) && en.matches(".*\\p{L}{2}.*") && !SAME.contains(en)) {
                problems.add(key + ": left in English (" + en + ")");
            }
            try {
                new MessageFormat(tr, Locale.of(language)).format(new Object[] { 1, 2, 3, 4 });
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
            if (tr.replace("''", "").contains("'")) {
                problems.add(key + ": a single ' (MessageFormat drops it; write '' or \u2019)");
            }
        }
        assertEquals(List.of(), problems);
        try (InputStream in = BriefText.class.getResourceAsStream("brief_" + language + ".properties")) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, "byte " + i + " of brief_" + language + ".properties is not ASCII");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "pt|nota t\u00e9cnica|coprodu\u00e7\u00e3o", "es|nota informativa|coproducci\u00f3n",
        "fr|note de synth\u00e8se|coproduction" })
    void aTranslationUsesTheDomainsTerms(String row) throws IOException {
        String[] parts = row.split("\\|");
        Properties translated = BriefLanguageTests.words(parts[0]);
        String all = String.join("\n", translated.stringPropertyNames().stream().map(translated::getProperty).toList()).toLowerCase();
        assertTrue(translated.getProperty("description.case").toLowerCase().contains(parts[1]), translated.getProperty("description.case"));
        assertTrue(translated.getProperty("results.more").toLowerCase().contains(parts[1]), translated.getProperty("results.more"));
        assertTrue(all.contains(parts[2]), parts[2]);
        assertTrue(!all.contains("co-produ"), "the hyphenated English spelling");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
