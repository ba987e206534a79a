package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseAnalyzersTests {

    /** Each pair is one word in two inflected forms: the note's language analyzer gives both the same stem. */
    @ParameterizedTest
    @CsvSource({
            "pt, moradias, moradia",
            "pt, cooperativas, cooperativa",
            "es, viviendas, vivienda",
            "es, comunidades, comunidad",
            "fr, logements, logement",
            "fr, associations, association",
            "en, sewers, sewer",
            "en, budgeting, budget" })
    void eachLanguageAnalyzerStemsItsLanguage(String language, String inflected, String base) throws IOException {
        Analyzer analyzer = CaseAnalyzers.create();
        String field = CaseDocument.notesField(language);
        assertEquals(tokens(analyzer, field, base), tokens(analyzer, field, inflected));
    }

    @Test
    void englishStemmingIsNotAppliedToPortugueseNotes() throws IOException {
        Analyzer analyzer = CaseAnalyzers.create();
        // English stop words are Portuguese content words and vice versa: "de" is dropped only in Portuguese.
        assertEquals(List.of(), tokens(analyzer, CaseDocument.notesField("pt"), "de"));
        assertEquals(List.of("de"), tokens(analyzer, CaseDocument.NOTES, "de"));
    }

    @Test
    void codesAreKeptWholeAndLowerCased() throws IOException {
        Analyzer analyzer = CaseAnalyzers.create();
        assertEquals(List.of("p2-d2"), tokens(analyzer, CaseDocument.CELL, "P2-D2"));
        assertEquals(List.of("social care"), tokens(analyzer, CaseDocument.SECTOR, "Social Care"));
        assertNotEquals(tokens(analyzer, CaseDocument.TEXT, "P2-D2"), tokens(analyzer, CaseDocument.CELL, "P2-D2"));
    }

    @ParameterizedTest
    @CsvSource({ "pt-BR, notes_pt", "PT, notes_pt", "es, notes_es", "fr-CA, notes_fr", "en, notes", "de, notes", "'', notes" })
    void notesGoToTheFieldOfTheirLanguage(String language, String field) {
        assertEquals(field, CaseDocument.notesField(language));
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }
}
