package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Labels;
import org.coprod.model.Sector;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.junit.jupiter.api.Test;

/**
 * The domain's terms are translated the same way everywhere: wherever the English says "co-production", the Portuguese
 * says "coprodução", the Spanish "coproducción", the French "coproduction", and so on for the glossary below.
 */
class DomainTermsTests {

    /**
     * English term (a pattern) → the word each translation must then contain, in pt, es, fr order; in this order, co-production
     * first (a {@code Map.of} would iterate in an order that changes from run to run, and the count below names the first).
     */
    private static final Map<Pattern, List<String>> GLOSSARY = ordered(
            Pattern.compile("(?i)co-?production"), List.of("coprodu\u00e7\u00e3o", "coproducci\u00f3n", "coproduction"),
            Pattern.compile("(?i)participatory budget"),
            List.of("or\u00e7amento participativo", "presupuesto participativo", "budget participatif"),
            Pattern.compile("(?i)\\btypology"), List.of("tipologia", "tipolog\u00eda", "typologie"),
            Pattern.compile("(?i)\\blibrar(y|ies)\\b"), List.of("bibliotec", "bibliotec", "biblioth\u00e8que"),
            Pattern.compile("(?i)\\bcoders?\\b"), List.of("codificador", "codificador", "codeu"),
            Pattern.compile("(?i)\\bco-?deliver"), List.of("copresta", "copresta", "coprestat"));

    private static Map<Pattern, List<String>> ordered(Object... termsAndWords) {
        Map<Pattern, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < termsAndWords.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) termsAndWords[i + 1];
            map.put((Pattern) termsAndWords[i], words);
        }
        return map;
    }

    @Test
    void everyEnglishUseOfATermIsTranslatedWithTheGlossarysWord() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] uses = new int[GLOSSARY.size()];
        for (String id : TranslationsTests.TRANSLATED) {
            for (TranslationFiles.English e : TranslationFiles.of(id)) {
                Properties english = TranslationFiles.read(e.url());
                for (int l = 0; l < TranslationFiles.LANGUAGES.size(); l++) {
                    String language = TranslationFiles.LANGUAGES.get(l);
                    Properties translated = TranslationFiles.read(e.translations().get(language));
                    int t = 0;
                    for (Map.Entry<Pattern, List<String>> term : GLOSSARY.entrySet()) {
                        for (String key : english.stringPropertyNames()) {
                            String en = english.getProperty(key);
                            if (term.getKey().matcher(en).find() && !en.contains("Co-production Workbench")) {
                                uses[t]++;
                                String tr = translated.getProperty(key, "");
                                if (!tr.toLowerCase(Locale.ROOT).contains(term.getValue().get(l))) {
                                    problems.add(id + e.path() + " [" + language + "] " + key + ": \"" + tr + "\" lacks \""
                                            + term.getValue().get(l) + "\"");
                                }
                            }
                        }
                        t++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(uses[0] > 0, "no English text says co-production: the check above saw nothing");
    }

    @Test
    void participatoryBudgetingAndTheCellNamesReadAsTheDomainSaysThem() {
        assertEquals("or\u00e7amento participativo", Labels.of(Sector.BUDGETING, Locale.forLanguageTag("pt-BR")));
        assertEquals("presupuesto participativo", Labels.of(Sector.BUDGETING, Locale.forLanguageTag("es")));
        assertEquals("budget participatif", Labels.of(Sector.BUDGETING, Locale.FRENCH));
        assertEquals("budgeting", Labels.of(Sector.BUDGETING, Locale.ENGLISH), "English stays the model's literal");
        Typology bovaird = BovairdTypology.create();
        TypologyCell full = bovaird.getCells().stream().filter(c -> c.getCode().equals("P2-D2")).findFirst().orElseThrow();
        assertEquals("Full user/professional co-production", Labels.name(full, Locale.ENGLISH), "the exact English name");
        String pt = Labels.name(full, Locale.forLanguageTag("pt"));
        assertTrue(pt.contains("Coprodu\u00e7\u00e3o"), pt);
        assertTrue(Labels.name(full, Locale.forLanguageTag("es")).contains("Coproducci\u00f3n"));
        assertTrue(Labels.name(full, Locale.FRENCH).contains("Coproduction"));
    }

    @Test
    void aCellNameALibraryChangedIsShownAsStoredInEveryLanguage() {
        Typology bovaird = BovairdTypology.create();
        TypologyCell cell = bovaird.getCells().get(0);
        cell.setName("Our own name for the top-left cell");
        assertEquals("Our own name for the top-left cell", Labels.name(cell, Locale.forLanguageTag("pt")));
    }
}
