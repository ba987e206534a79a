package org.coprod.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.QueryBuilder;

/**
 * Search across languages, offline: a query in Portuguese, Spanish or French is also searched in the English text of
 * the cases with the thesaurus's English words for its own (Lucene's {@link SynonymGraphFilter} at query time, so
 * "orçamento participativo" becomes the phrase "participatory budgeting"), and an English query is also searched in
 * notes written in the other languages with their words. The query as typed is kept beside its translation, so that
 * matches in the query's own language still count in full and rank first; a country named in any language also
 * matches the cases set there.
 */
public final class CrossLanguage {

    /** The English fields a translated query searches, with the weights the parser gives them. */
    private static final Map<String, Float> ENGLISH_FIELDS = Map.of(CaseDocument.NAME, 2f, CaseDocument.SUMMARY, 1.5f,
            CaseDocument.NOTES, 1f, CaseDocument.TEXT, 1f);
    /** Weight of a translation against the query as typed: a little less, so the query's own language ranks first. */
    private static final float TRANSLATED = 0.8f;
    /**
     * What a note written in the query's language that holds at least half of its words adds to a case's score: more
     * than any text match scores, so that a Portuguese question finds Portuguese notes first and the English cases
     * found through its translation after them.
     */
    private static final float OWN_LANGUAGE = 100f;
    /** A fielded term, an operator or a bracket: what a translation leaves out. */
    private static final Pattern SYNTAX = Pattern.compile("\\S+:(\"[^\"]*\"|\\[[^\\]]*\\]|\\S+)|\\b(AND|OR|NOT)\\b|[()+\\-!\"~^*?]");
    private static final Pattern REQUIRING = Pattern.compile("(^|\\s)[+\\-!]|\\b(AND|NOT)\\b|:");

    private final Thesaurus thesaurus;
    private final QueryLanguage languages;
    private final Map<String, Analyzer> toEnglish = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> fromEnglish = new ConcurrentHashMap<>();

    private static CrossLanguage shared;

    /** Search across languages with the bundle's thesaurus; its synonym maps are built once and shared. */
    public static synchronized CrossLanguage shared() {
        if (shared == null) {
            shared = new CrossLanguage(Thesaurus.shared());
        }
        return shared;
    }

    public CrossLanguage(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
        this.languages = new QueryLanguage(thesaurus);
    }

    /** The language a query is taken to be in. */
    public String languageOf(String query) {
        return languages.of(query);
    }

    /**
     * The parsed query widened with its translations. A query that only lists words may match through its translation
     * alone; one with required or excluded parts keeps them, and its translation only adds to the score.
     */
    public Query widen(Query parsed, String text) {
        if (text == null || text.isBlank()) {
            return parsed;
        }
        Query translated = translation(text);
        if (translated == null) {
            return parsed;
        }
        boolean requires = REQUIRING.matcher(text).find();
        return new BooleanQuery.Builder().add(parsed, requires ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(translated, TRANSLATED), BooleanClause.Occur.SHOULD).build();
    }

    /** The translation of a query's words into the other languages' fields, or null when nothing translates. */
    Query translation(String text) {
        String words = SYNTAX.matcher(text).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return null;
        }
        String language = languageOf(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        if (!language.equals("en")) {
            Query own = new QueryBuilder(CaseAnalyzers.forLanguage(language)).createMinShouldMatchQuery(
                    CaseDocument.notesField(language), words, 0.5f);
            if (own != null) {
                any.add(new BoostQuery(new ConstantScoreQuery(own), OWN_LANGUAGE / TRANSLATED), BooleanClause.Occur.SHOULD);
            }
            QueryBuilder builder = new QueryBuilder(toEnglish.computeIfAbsent(language, this::toEnglishAnalyzer));
            for (Map.Entry<String, Float> field : ENGLISH_FIELDS.entrySet()) {
                Query q = builder.createBooleanQuery(field.getKey(), words);
                if (q != null) {
                    any.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        } else {
            for (String other : CaseAnalyzers.LANGUAGES) {
                if (!other.equals("en")) {
                    QueryBuilder builder = new QueryBuilder(fromEnglish.computeIfAbsent(other, this::fromEnglishAnalyzer));
                    Query q = builder.createBooleanQuery(CaseDocument.notesField(other), words);
                    if (q != null) {
                        any.add(q, BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
            }
        }
        for (String code : countriesNamed(words)) {
            any.add(new TermQuery(new Term(CaseDocument.COUNTRY, code.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    /** The countries named in the words, in any of the four languages (names of up to four words). */
    Set<String> countriesNamed(String words) {
        List<String> tokens = List.of(words.toLowerCase(Locale.ROOT).split("[\\s,;.]+"));
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(4, tokens.size() - i); n >= 1; n--) {
                String code = thesaurus.country(String.join(" ", tokens.subList(i, i + n)));
                if (code != null) {
                    codes.add(code);
                    break;
                }
            }
        }
        return codes;
    }

    /** Words of a language → English words, stemmed as the English fields are. */
    private Analyzer toEnglishAnalyzer(String language) {
        SynonymMap map = synonyms(language, "en");
        CharArraySet stops = stopWords(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new StopFilter(new LowerCaseFilter(source), stops);
                s = new SynonymGraphFilter(s, map, true);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(s));
            }
        };
    }

    /** English words → words of a language, stemmed as that language's notes are. */
    private Analyzer fromEnglishAnalyzer(String language) {
        SynonymMap map = synonyms("en", language);
        CharArraySet stops = stopWords(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new StopFilter(new LowerCaseFilter(source), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                s = new SynonymGraphFilter(s, map, true);
                if (language.equals("fr")) {
                    s = new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                s = new StopFilter(s, stops);
                s = switch (language) {
                case "pt" -> new PortugueseLightStemFilter(s);
                case "es" -> new SpanishLightStemFilter(s);
                default -> new FrenchLightStemFilter(s);
                };
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
        case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
        case "es" -> SpanishAnalyzer.getDefaultStopSet();
        case "fr" -> FrenchAnalyzer.getDefaultStopSet();
        default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }

    /**
     * The synonym map from one language's terms (as typed, without accents, and in the plural) to another's. Keys are
     * tokenised and stop-filtered as the query will be, so that a term with a stop word in it still matches.
     */
    private SynonymMap synonyms(String from, String to) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            CharArraySet stops = stopWords(from);
            for (Thesaurus.Concept concept : thesaurus.concepts()) {
                for (String term : concept.in(from)) {
                    for (String variant : Plurals.variants(term, from)) {
                        List<String> key = words(variant, stops);
                        if (key.isEmpty()) {
                            continue;
                        }
                        for (String target : concept.in(to)) {
                            List<String> output = words(target, stopWords(to));
                            if (!output.isEmpty() && !output.equals(key)) {
                                builder.add(join(key), join(output), false);
                            }
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef join(List<String> words) {
        return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
    }

    /** The words of a term as the query side tokenises them: standard tokens, lower case, without stop words. */
    private static List<String> words(String term, CharArraySet stops) {
        List<String> words = new ArrayList<>();
        try (Tokenizer source = new StandardTokenizer();
                TokenStream s = new StopFilter(new LowerCaseFilter(source), stops)) {
            source.setReader(new StringReader(term));
            CharTermAttribute text = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                words.add(text.toString());
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
