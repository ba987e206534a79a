package org.coprod.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Tells which of the four languages a query is written in, without a detector: each word scores for the languages whose
 * stop words or co-production vocabulary hold it, and letters only one language uses (ç and ã, ñ, è and œ) score more.
 * A query too short or too plain to tell is taken as English, the language of most cases, which leaves it as it was.
 */
public final class QueryLanguage {

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
            "pt", stopWords(PortugueseAnalyzer.getDefaultStopSet()),
            "es", stopWords(SpanishAnalyzer.getDefaultStopSet()),
            "fr", stopWords(FrenchAnalyzer.getDefaultStopSet()));
    /** Letters that mark one language among the four. */
    private static final Map<String, String> LETTERS = Map.of("pt", "ãõâ", "es", "ñ¿¡", "fr", "èêëîïôûùœæ");
    /** English words so common in queries that the stop list lacks them. */
    private static final Set<String> ENGLISH = Set.of("people", "residents", "their", "own", "who", "how", "which", "where",
            "what", "run", "built", "building", "city", "cities", "local", "through", "from", "about", "case", "cases");

    private final Map<String, Set<String>> vocabulary = new HashMap<>();

    /** Detection over a thesaurus's vocabulary. */
    public QueryLanguage(Thesaurus thesaurus) {
        for (String language : CaseAnalyzers.LANGUAGES) {
            vocabulary.put(language, thesaurus.words(language));
        }
        vocabulary.get("en").addAll(ENGLISH);
    }

    /** The language of a query: {@code en}, {@code pt}, {@code es} or {@code fr}. */
    public String of(String query) {
        Map<String, Integer> scores = scores(query);
        String best = "en";
        for (String language : CaseAnalyzers.LANGUAGES) {
            if (scores.get(language) > scores.get(best)) {
                best = language;
            }
        }
        return best;
    }

    /** The score of each language for a query, for tests and for saying why. */
    Map<String, Integer> scores(String query) {
        Map<String, Integer> scores = new HashMap<>();
        String lower = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<String> words = List.of(Thesaurus.folded(lower).split("[^\\p{L}]+"));
        for (String language : CaseAnalyzers.LANGUAGES) {
            int score = 0;
            for (String word : words) {
                if (STOP_WORDS.get(language).contains(word)) {
                    score++;
                }
                if (vocabulary.get(language).contains(word)) {
                    score++;
                }
            }
            for (char ch : LETTERS.getOrDefault(language, "").toCharArray()) {
                score += 3 * (int) lower.chars().filter(c -> c == ch).count();
            }
            if (language.equals("pt") && (lower.contains("ção") || lower.contains("ções"))) {
                score += 3;
            }
            if (language.equals("es") && lower.contains("ción")) {
                score += 3;
            }
            scores.put(language, score);
        }
        return scores;
    }

    private static Set<String> stopWords(CharArraySet set) {
        return set.stream().map(o -> Thesaurus.folded(new String((char[]) o))).collect(Collectors.toSet());
    }
}
