package org.coprod.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.coprod.model.CodableText;
import org.coprod.model.Document;
import org.coprod.model.Note;

/**
 * The one place where each field's analysis is chosen: English stemming for the case's own text, the note's language
 * for notes written in Portuguese, Spanish or French (and the text's language for passages quoted from it), plain
 * words for names of actors and places, and whole lower-cased values for codes (country, sector, cell, the codebook's
 * codes…), so that {@code cell:P2-D2}, {@code sector:"social care"} and {@code code:"local trust"} match exactly.
 */
public final class CaseAnalyzers {

    /** Languages with an analyzer of their own; notes in any other language are analysed as English. */
    public static final String[] LANGUAGES = { "en", "pt", "es", "fr" };

    private CaseAnalyzers() {
    }

    /** A new analyzer for every field of a case or segment document (indexing and querying use the same one). */
    public static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : LANGUAGES) {
            if (!language.equals("en")) {
                perField.put(CaseDocument.notesField(language), forLanguage(language));
                perField.put(CaseDocument.quoteField(language), forLanguage(language));
            }
        }
        Analyzer words = new StandardAnalyzer();
        perField.put(CaseDocument.ACTOR, words);
        perField.put(CaseDocument.PLACE, words);
        Analyzer keyword = new WholeValueAnalyzer();
        for (String field : CaseDocument.KEYWORD_FIELDS) {
            perField.put(field, keyword);
        }
        perField.put(CaseDocument.CODER, keyword);
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    /** The analyzer of notes in a language, as used in the index (English for unknown languages). */
    public static Analyzer forLanguage(String language) {
        return switch (normalizeLanguage(language)) {
        case "pt" -> new PortugueseAnalyzer();
        case "es" -> new SpanishAnalyzer();
        case "fr" -> new FrenchAnalyzer();
        default -> new EnglishAnalyzer();
        };
    }

    /** The language of a note or a document, whose quoted passages are analysed in it (null: English). */
    public static String languageOf(CodableText text) {
        if (text instanceof Note note) {
            return note.getLanguage();
        }
        if (text instanceof Document document) {
            return document.getLanguage();
        }
        return null;
    }

    /** {@code pt-BR}, {@code PT}, {@code Portuguese} → {@code pt}; anything not indexed separately → {@code en}. */
    public static String normalizeLanguage(String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("pt") || l.startsWith("portug")) {
            return "pt";
        }
        if (l.startsWith("es") || l.startsWith("spa") || l.startsWith("espa") || l.startsWith("cast")) {
            return "es";
        }
        if (l.startsWith("fr")) {
            return "fr";
        }
        return "en";
    }

    /** The whole value as one lower-cased token, also when a query term is normalised (wildcards, prefixes). */
    static final class WholeValueAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
