package org.coprod.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Countries;

/**
 * The co-production vocabulary in the four languages search knows: the bundle's own list of concepts (sectors,
 * services, actors, actions, institutions and the model's short enumeration labels), and every country's name in each
 * language as the JDK gives it. Each concept is the same thing named in English, Portuguese, Spanish and French.
 */
public final class Thesaurus {

    private static final String DATA = "/data/thesaurus.tsv";
    private static final List<String> LANGUAGES = List.of(CaseAnalyzers.LANGUAGES);

    /** One concept: its terms in each language. */
    public record Concept(Map<String, List<String>> terms) {

        /** The terms in one language; none when the concept has no word in it. */
        public List<String> in(String language) {
            return terms.getOrDefault(language, List.of());
        }
    }

    private static Thesaurus shared;

    private final List<Concept> concepts;
    private final Map<String, String> countryNames;

    private Thesaurus(List<Concept> concepts, Map<String, String> countryNames) {
        this.concepts = List.copyOf(concepts);
        this.countryNames = Map.copyOf(countryNames);
    }

    /** The bundle's thesaurus with the country names, read once. */
    public static synchronized Thesaurus shared() {
        if (shared == null) {
            try (InputStream in = Thesaurus.class.getResourceAsStream(DATA)) {
                if (in == null) {
                    throw new IllegalStateException("the search bundle lacks " + DATA);
                }
                shared = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static Thesaurus read(BufferedReader lines) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|", -1);
            if (columns.length != LANGUAGES.size()) {
                throw new IllegalStateException(DATA + " line " + number + ": " + columns.length + " languages, not "
                        + LANGUAGES.size());
            }
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                List<String> alternatives = new ArrayList<>();
                for (String term : columns[i].split(";")) {
                    if (!term.isBlank()) {
                        alternatives.add(term.strip().toLowerCase(Locale.ROOT));
                    }
                }
                terms.put(LANGUAGES.get(i), alternatives);
            }
            concepts.add(new Concept(terms));
        }
        Map<String, String> countryNames = new LinkedHashMap<>();
        for (String code : Countries.codes()) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String name = Countries.name(code, Locale.of(language)).toLowerCase(Locale.ROOT);
                names.put(language, List.of(name));
                countryNames.putIfAbsent(name, code);
                countryNames.putIfAbsent(folded(name), code);
            }
            concepts.add(new Concept(names));
        }
        return new Thesaurus(concepts, countryNames);
    }

    /** Every concept, the bundle's first, then one per country. */
    public List<Concept> concepts() {
        return concepts;
    }

    /** The country a name stands for, in any of the four languages, with or without accents; null when none. */
    public String country(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        String code = countryNames.get(n);
        return code != null ? code : countryNames.get(folded(n));
    }

    /** The single words of one language's terms, folded, for telling which language a query is in. */
    public Set<String> words(String language) {
        Set<String> words = new LinkedHashSet<>();
        for (Concept c : concepts) {
            for (String term : c.in(language)) {
                for (String word : folded(term).split("[\\s'’-]+")) {
                    if (word.length() > 2) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    /** The text without accents ({@code orçamento} → {@code orcamento}), as users often type. */
    public static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
