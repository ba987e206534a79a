package org.coprod.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coprod.model.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseSearchTests {

    @TempDir
    static Path temp;
    static SampleFixture sample;
    static CaseSearch search;

    @BeforeAll
    static void indexSampleLibrary() throws Exception {
        sample = SampleFixture.create(temp);
        search = new CaseSearch(sample.index);
    }

    @AfterAll
    static void close() throws Exception {
        sample.close();
    }

    /** Descriptions of a case in other words than its name: the case described must come first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "residents building their own lane sewers in Karachi|opp-orangi-sanitation",
            "participatory city budgeting in Brazil|porto-alegre-op",
            "a village shop run by volunteers|tackley-village-shop",
            "host families caring for elderly people|villa-family" })
    void paraphraseFindsTheCaseFirst(String description, String expectedId) throws Exception {
        SearchResults results = search.search(SearchRequest.of(description));
        assertFalse(results.hits().isEmpty(), description);
        assertEquals(expectedId, results.hits().get(0).id(), () -> description + " → " + ids(results));
    }

    @Test
    void hitsCarryAHighlightedSnippet() throws Exception {
        SearchHit first = search.search(SearchRequest.of("lane sewers Karachi")).hits().get(0);
        assertTrue(first.snippet().contains("**"), first.snippet());
        assertTrue(first.snippet().length() <= CaseSearch.SNIPPET_LENGTH + 10, first.snippet());
        assertTrue(first.snippet().replace(SearchHit.MARK, "").toLowerCase().contains("sewer"), first.snippet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "country:BR|BR", "country:Brazil|BR", "country:br|BR" })
    void countryFieldMatchesExactlyTheCasesOfThatCountry(String query, String code) throws Exception {
        SearchResults results = search.search(SearchRequest.of(query).withLimit(500));
        long expected = sample.library.root().getCases().stream().filter(c -> c.getCountries().contains(code)).count();
        assertTrue(expected > 0);
        assertEquals(expected, results.total());
        for (SearchHit hit : results.hits()) {
            assertTrue(sample.library.findCase(hit.id()).orElseThrow().getCountries().contains(code), hit.id());
        }
    }

    @Test
    void fieldedTermsUseTheUsersNames() throws Exception {
        assertTrue(ids(search.search(SearchRequest.of("cell:P2-D2").withLimit(200))).contains("opp-orangi-sanitation"));
        assertTrue(ids(search.search(SearchRequest.of("sector:sanitation").withLimit(200))).contains("opp-orangi-sanitation"));
        List<String> withActor = ids(search.search(SearchRequest.of("actor:\"Orangi Pilot Project\"").withLimit(200)));
        List<String> expectedActor = sample.library.root().getCases().stream()
                .filter(c -> c.getRoles().stream().anyMatch(r -> r.getActor() != null
                        && "Orangi Pilot Project".equals(r.getActor().getName())))
                .map(Case::getId).toList();
        assertTrue(withActor.contains("opp-orangi-sanitation"), withActor.toString());
        assertEquals(new TreeSet<>(expectedActor), new TreeSet<>(withActor));
        long expected = sample.library.root().getCases().stream().filter(c -> c.getCodings().stream()
                .anyMatch(k -> k.getCell() != null && "P2-D2".equals(k.getCell().getCode()))).count();
        assertEquals(expected, search.search(SearchRequest.of("cell:p2-d2")).total());
    }

    /** A case id is one whole term: analysed, porto-alegre-op would be three stemmed words. */
    @Test
    void idFindsExactlyThatCase() throws Exception {
        assertEquals(List.of("porto-alegre-op"), ids(search.search(SearchRequest.of("id:porto-alegre-op"))));
        assertEquals(List.of(), ids(search.search(SearchRequest.of("id:porto"))));
    }

    @Test
    void phrasesBooleansAndWildcardsWork() throws Exception {
        SearchResults phrase = search.search(SearchRequest.of("\"lane sewers\"").withLimit(200));
        assertTrue(ids(phrase).contains("opp-orangi-sanitation"));
        SearchResults prefix = search.search(SearchRequest.of("sanit*").withLimit(200));
        assertTrue(prefix.total() >= phrase.total());
        SearchResults both = search.search(SearchRequest.of("sewers AND country:PK").withLimit(200));
        SearchResults without = search.search(SearchRequest.of("sewers NOT country:PK").withLimit(200));
        assertTrue(both.total() > 0);
        both.hits().forEach(h -> assertTrue(sample.library.findCase(h.id()).orElseThrow().getCountries().contains("PK")));
        without.hits().forEach(h -> assertFalse(sample.library.findCase(h.id()).orElseThrow().getCountries().contains("PK")));
    }

    /** With no query and no filter, each facet count is the number of cases that have the value in the model. */
    @Test
    void facetCountsEqualCountsFromTheModel() throws Exception {
        SearchResults all = search.search(SearchRequest.of("").withLimit(1));
        assertEquals(sample.library.root().getCases().size(), all.total());
        for (String dim : CaseDocument.FACETS) {
            Map<String, Integer> expected = new HashMap<>();
            for (Case c : sample.library.root().getCases()) {
                for (String v : facetValues(c, dim)) {
                    expected.merge(v, 1, Integer::sum);
                }
            }
            assertFalse(expected.isEmpty(), "the sample library has values for " + dim);
            Map<String, Integer> actual = new HashMap<>();
            all.facets().getOrDefault(dim, List.of()).forEach(f -> actual.put(f.value(), f.count()));
            assertEquals(expected, actual, dim);
        }
        long brazil = sample.library.root().getCases().stream().filter(c -> c.getCountries().contains("BR")).count();
        assertEquals(brazil, all.count(CaseDocument.COUNTRY, "BR"));
    }

    @Test
    void facetCountsFollowTheQueryAndFacetFiltersNarrow() throws Exception {
        SearchResults sewers = search.search(SearchRequest.of("sewers").withLimit(200));
        int pk = sewers.count(CaseDocument.COUNTRY, "PK");
        assertTrue(pk > 0);
        SearchResults narrowed = search.search(SearchRequest.of("sewers").withLimit(200).withFacet("country", "pk"));
        assertEquals(pk, narrowed.total());
        assertEquals(pk, narrowed.count(CaseDocument.COUNTRY, "PK"));
        SearchResults twoCountries = search.search(
                SearchRequest.of("").withLimit(500).withFacet("country", "PK").withFacet("country", "BR"));
        assertEquals(countCountry("PK") + countCountry("BR") - countBoth("PK", "BR"), twoCountries.total());
    }

    @Test
    void sortsByYearNewestFirst() throws Exception {
        SearchResults results = search.search(SearchRequest.of("housing").withLimit(50).withOrder(SearchRequest.Order.YEAR));
        Integer previous = Integer.MAX_VALUE;
        boolean missingSeen = false;
        for (SearchHit h : results.hits()) {
            if (h.year() == null) {
                missingSeen = true;
                continue;
            }
            assertFalse(missingSeen, "cases without a year come last");
            assertTrue(h.year() <= previous, ids(results).toString());
            previous = h.year();
        }
        assertTrue(results.hits().size() > 3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sewers AND|11", "(sewers OR water|17", "\"lane sewers|13", "sewers AND OR water|12", "country:|9" })
    void badSyntaxGetsAMessageThatPointsAtTheError(String query, int column) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(SearchRequest.of(query)));
        assertTrue(e.getMessage().startsWith("Cannot read the query"), e.getMessage());
        assertTrue(e.getMessage().contains("column " + column), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.pointer().endsWith("^"), e.pointer());
    }

    @Test
    void unknownFieldOrFacetIsNamed() {
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("colour:red")));
        assertTrue(field.getMessage().contains("'colour'"), field.getMessage());
        assertEquals(1, field.column());
        QuerySyntaxException facet = assertThrows(QuerySyntaxException.class,
                () -> search.search(SearchRequest.of("water").withFacet("flavour", "x")));
        assertTrue(facet.getMessage().contains("'flavour'"), facet.getMessage());
    }

    @Test
    void yearRangesSelectByStartYear() throws Exception {
        SearchResults eighties = search.search(SearchRequest.of("year:[1980 TO 1989]").withLimit(200));
        long expected = sample.library.root().getCases().stream()
                .filter(c -> c.getPeriodStart() != null && c.getPeriodStart() >= 1980 && c.getPeriodStart() <= 1989).count();
        assertEquals(expected, eighties.total());
        assertNotNull(eighties.hits().get(0).year());
    }

    /**
     * Values of one facet are alternatives: ticking Pakistan must leave the other countries counted as before, so that
     * a second one can be ticked; the other facets are narrowed to Pakistan (drill sideways). Expected counts come from
     * the model, not from the index.
     */
    @Test
    void aFacetsOwnSelectionLeavesItsOtherValuesCounted() throws Exception {
        List<Case> all = sample.library.root().getCases();
        SearchResults pk = search.search(SearchRequest.of("").withLimit(1).withFacet("country", "PK"));
        assertEquals(countCountry("PK"), pk.total());
        assertEquals(countriesOf(all), countsOf(pk, CaseDocument.COUNTRY), "countries as if none were ticked");
        assertTrue(countsOf(pk, CaseDocument.COUNTRY).size() > 5);
        SearchResults pkAndBr = search.search(
                SearchRequest.of("").withLimit(1).withFacet("country", "PK").withFacet("country", "BR"));
        assertEquals(countriesOf(all), countsOf(pkAndBr, CaseDocument.COUNTRY));
        // Another facet is narrowed by the ticked countries, and narrows the country counts in turn.
        List<Case> inPk = all.stream().filter(c -> c.getCountries().contains("PK")).toList();
        assertEquals(keywordsOf(inPk, CaseDocument.SECTOR), countsOf(pk, CaseDocument.SECTOR));
        String sector = countsOf(pk, CaseDocument.SECTOR).keySet().iterator().next();
        SearchResults both = search.search(SearchRequest.of("").withLimit(1).withFacet("country", "PK")
                .withFacet("sector", sector));
        List<Case> inSector = all.stream()
                .filter(c -> facetValues(c, CaseDocument.SECTOR).stream().anyMatch(sector::equalsIgnoreCase))
                .toList();
        assertEquals(countriesOf(inSector), countsOf(both, CaseDocument.COUNTRY));
        assertEquals(keywordsOf(inPk, CaseDocument.SECTOR), countsOf(both, CaseDocument.SECTOR));
        assertEquals(inSector.stream().filter(inPk::contains).count(), both.total());
        // With text, the sideways counts follow the text.
        SearchResults sewers = search.search(SearchRequest.of("sewers").withLimit(1));
        SearchResults sewersPk = search.search(SearchRequest.of("sewers").withLimit(1).withFacet("country", "PK"));
        assertEquals(countsOf(sewers, CaseDocument.COUNTRY), countsOf(sewersPk, CaseDocument.COUNTRY));
    }

    @Test
    void aQueryNestedTooDeeplyIsRefusedWithAMessageThatSaysSo() throws Exception {
        String deep = "(".repeat(5000) + "sewers" + ")".repeat(5000);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(SearchRequest.of(deep)));
        assertTrue(e.getMessage().contains("nested") && e.getMessage().contains(String.valueOf(CaseQueryParser.MAX_DEPTH)),
                e.getMessage());
        assertEquals(CaseQueryParser.MAX_DEPTH + 1, e.column(), e.getMessage());
        // Only the part of the query around the problem is echoed, caret under the bracket too many.
        String[] pointer = e.pointer().split("\n");
        assertTrue(pointer[0].length() < 100, e.pointer());
        assertEquals('(', pointer[0].charAt(pointer[1].length() - 1), e.pointer());
        assertTrue(pointer[1].endsWith("^"), e.pointer());
        // Brackets inside quotes or escaped are words, not nesting; and the deepest nesting allowed works.
        String allowed = "(".repeat(CaseQueryParser.MAX_DEPTH) + "sewers" + ")".repeat(CaseQueryParser.MAX_DEPTH);
        assertEquals(search.search(SearchRequest.of("sewers")).total(), search.search(SearchRequest.of(allowed)).total());
        search.search(SearchRequest.of("\"" + "(".repeat(500) + "\" sewers"));
        search.search(SearchRequest.of("\\(".repeat(500) + " sewers"));
    }

    private static Map<String, Integer> countsOf(SearchResults r, String dim) {
        Map<String, Integer> counts = new TreeMap<>();
        r.facets().getOrDefault(dim, List.of()).forEach(f -> counts.put(f.value().toLowerCase(), f.count()));
        return counts;
    }

    private static Map<String, Integer> countriesOf(List<Case> cases) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Case c : cases) {
            c.getCountries().stream().map(String::toLowerCase).distinct().forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return counts;
    }

    private static Map<String, Integer> keywordsOf(List<Case> cases, String dim) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Case c : cases) {
            facetValues(c, dim).forEach(v -> counts.merge(v.toLowerCase(), 1, Integer::sum));
        }
        return counts;
    }

    /**
     * The values a case shows under a facet, read from the model here rather than through {@link CaseDocument}, so that
     * a value the index leaves out (or adds) shows as a difference.
     */
    private static Set<String> facetValues(Case c, String dim) {
        Set<String> values = new TreeSet<>();
        switch (dim) {
            case CaseDocument.COUNTRY -> c.getCountries().forEach(code -> values.add(code.trim().toUpperCase(Locale.ROOT)));
            case CaseDocument.SECTOR -> c.getSectors().forEach(sector -> values.add(sector.getLiteral()));
            case CaseDocument.CELL -> c.getCodings().stream().filter(k -> k.getCell() != null)
                    .forEach(k -> values.add(k.getCell().getCode()));
            case CaseDocument.DRIVER -> c.getDrivers().stream().filter(d -> d.getDriver() != null)
                    .forEach(d -> values.add(d.getDriver().getLiteral()));
            case CaseDocument.INITIATOR -> {
                if (c.getInitiatorMode() != null) {
                    values.add(c.getInitiatorMode().getLiteral());
                }
            }
            case CaseDocument.CASE_TYPE -> {
                if (c.getCaseType() != null) {
                    values.add(c.getCaseType().getLiteral());
                }
            }
            case CaseDocument.ACTOR_TYPE -> {
                // Actors named in a role or as a contributor both count.
                c.getRoles().stream().filter(r -> r.getActor() != null && r.getActor().getType() != null)
                        .forEach(r -> values.add(r.getActor().getType().getLiteral()));
                c.getContributions().stream().filter(rc -> rc.getActor() != null && rc.getActor().getType() != null)
                        .forEach(rc -> values.add(rc.getActor().getType().getLiteral()));
            }
            default -> throw new IllegalArgumentException("no model reading for facet " + dim);
        }
        values.removeIf(String::isBlank);
        return values;
    }

    private static long countCountry(String code) {
        return sample.library.root().getCases().stream().filter(c -> c.getCountries().contains(code)).count();
    }

    private static long countBoth(String a, String b) {
        return sample.library.root().getCases().stream()
                .filter(c -> c.getCountries().contains(a) && c.getCountries().contains(b)).count();
    }

    static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
