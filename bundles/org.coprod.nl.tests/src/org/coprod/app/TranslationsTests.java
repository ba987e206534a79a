package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every English string of the translated bundles has a Portuguese, a Spanish and a French one: no key missing or extra,
 * none empty, none left in English (but for the few words that are the same in both), the same placeholders, files that
 * Properties.load reads right, and a Messages field for every key and a key for every field.
 */
class TranslationsTests {

    /** The bundles whose user-visible strings are externalised and translated. */
    static final List<String> TRANSLATED = List.of("org.coprod.core", "org.coprod.app",
            "org.coprod.agreement.ui", "org.coprod.search.ui", "org.coprod.export.ui", "org.coprod.refi.ui", "org.coprod.ui",
            "org.coprod.share.ui", "org.coprod.agreement", "org.coprod.refi", "org.coprod.share", "org.coprod.export");

    /** English texts a translation may keep: names, and words spelt the same in that language. */
    private static final Set<String> NAMES = Set.of("Co-production Workbench", "Ostrom", "Bovaird", "REFI-QDA", "OK", "Kappa");
    private static final Map<String, Set<String>> SAME_WORD = Map.of(
            "pt", Set.of("Status", "{0} MB", "{0} bytes"),
            "es", Set.of("Status", "{0} MB", "{0} bytes", "Error", "error", "Memo", "Memos", "Sector", "Roles", "roles", "Actor", "actor", "error: {0}"),
            "fr", Set.of("participant", "justice", "culture", "document", "national", "international", "hostile", "ambivalent",
                    "Message", "Type", "Source", "Document", "Description", "Notes", "Page", "Passage", "Alpha",
                    "Date", "Code", "Passages", "Contributions", "Sources", "Dimension", "Phase", "Phases", "Justification",
                    "Validation", "Codes", "Codes...", "Affiliation", "Applicable", "Codable", "Parent", "Segments", "Diffusion", "Note",
                    "Dimensions", "Typologies", "Documents", "phase {0}", "passage", "passages", "Europe", "Figure",
                    "contributions", "notes", "sources", "phase ''{0}''", "{0} documents"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    @Test
    void everyTranslatedBundleHasEnglishFilesWithAllThreeTranslations() {
        List<String> problems = new ArrayList<>();
        for (String id : TRANSLATED) {
            List<TranslationFiles.English> files = TranslationFiles.of(id);
            if (files.isEmpty()) {
                problems.add(id + ": no English messages.properties, plugin.properties or labels.properties");
            }
            for (TranslationFiles.English e : files) {
                for (String language : TranslationFiles.LANGUAGES) {
                    if (!e.translations().containsKey(language)) {
                        problems.add(id + e.path() + ": no " + language + " translation");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyIsTranslatedWithTheSamePlaceholders() throws Exception {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (String id : TRANSLATED) {
            for (TranslationFiles.English e : TranslationFiles.of(id)) {
                Properties english = TranslationFiles.read(e.url());
                english.stringPropertyNames().stream().filter(k -> english.getProperty(k).isBlank())
                        .forEach(k -> problems.add(id + e.path() + " " + k + ": empty English"));
                for (Map.Entry<String, URL> t : e.translations().entrySet()) {
                    String where = id + e.path() + " [" + t.getKey() + "] ";
                    for (int at : TranslationFiles.nonAscii(t.getValue())) {
                        problems.add(where + "byte " + at + " is not ASCII (write it as a \\u escape)");
                    }
                    Properties translated = TranslationFiles.read(t.getValue());
                    compared += compare(where, english, translated, t.getKey(), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(compared < 300, "only " + compared + " strings compared: the translation files were not all found");
    }

    @Test
    void everyMessagesFieldHasAnEnglishTextAndEveryTextAField() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String id : TRANSLATED) {
            for (TranslationFiles.English e : TranslationFiles.of(id)) {
                String name = e.messagesClass();
                if (name == null) {
                    continue;
                }
                Set<String> fields = new TreeSet<>();
                for (Field f : e.bundle().loadClass(name).getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                        fields.add(f.getName());
                    }
                }
                Set<String> keys = TranslationFiles.read(e.url()).stringPropertyNames();
                fields.stream().filter(f -> !keys.contains(f)).forEach(f -> problems.add(name + "." + f + ": no English text"));
                keys.stream().filter(k -> !fields.contains(k)).forEach(k -> problems.add(name + ": unused key " + k));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * NLS.bind reads quotes as MessageFormat does ("l'index" with a {0} would lose its apostrophe and what follows), while
     * a text without arguments is shown as written: so '' in the one, never in the other.
     */
    @Test
    void apostrophesAreWrittenAsNlsBindReadsThem() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String id : TRANSLATED) {
            for (TranslationFiles.English e : TranslationFiles.of(id)) {
                if (e.messagesClass() == null) {
                    continue;
                }
                List<URL> files = new ArrayList<>(e.translations().values());
                files.add(e.url());
                for (URL u : files) {
                    Properties p = TranslationFiles.read(u);
                    for (String key : p.stringPropertyNames()) {
                        String v = p.getProperty(key);
                        boolean bound = !placeholders(v).isEmpty();
                        if (bound ? v.replace("''", "").contains("'") : v.contains("''")) {
                            String what = bound ? "a single ' in a text with arguments" : "'' in a text without";
                            problems.add(id + u.getPath() + " " + key + ": " + what);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAMissingKeyAnEnglishLeftOverAndALostPlaceholder() {
        Properties english = new Properties();
        english.setProperty("a", "Open Library");
        english.setProperty("b", "Saved {0} of {1}");
        english.setProperty("c", "Status");
        english.setProperty("d", "Coder");
        Properties translated = new Properties();
        translated.setProperty("b", "Salvou {0}");
        translated.setProperty("c", "Status");
        translated.setProperty("d", "Coder");
        translated.setProperty("e", "sobra");
        List<String> problems = new ArrayList<>();
        compare("f ", english, translated, "pt", problems);
        assertEquals(List.of("f a: missing", "f b: placeholders [{0}], English has [{0}, {1}]", "f d: left in English (\"Coder\")",
                "f e: not in the English file"), problems);
    }

    private static int compare(String where, Properties english, Properties translated, String language, List<String> problems) {
        int n = 0;
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String tr = translated.getProperty(key);
            n++;
            if (tr == null) {
                problems.add(where + key + ": missing");
            } else if (tr.isBlank()) {
                problems.add(where + key + ": empty");
            } else if (tr.strip().equals(en.strip()) && !sameInBoth(en.strip(), language)) {
                problems.add(where + key + ": left in English (\"" + en + "\")");
            } else if (!placeholders(en).equals(placeholders(tr))) {
                problems.add(where + key + ": placeholders " + placeholders(tr) + ", English has " + placeholders(en));
            }
        }
        for (String key : translated.stringPropertyNames()) {
            if (!english.containsKey(key)) {
                problems.add(where + key + ": not in the English file");
            }
        }
        return n;
    }

    private static boolean sameInBoth(String english, String language) {
        return NAMES.contains(english) || SAME_WORD.get(language).contains(english) || !english.matches(".*\\p{L}{2}.*");
    }

    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
