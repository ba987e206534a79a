package org.coprod.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs searches on a {@link CaseIndex}: parses the query ({@link CaseQueryParser}), narrows by facet values, ranks
 * by relevance or year, counts facet values over all matching cases, and cuts a highlighted snippet for each hit.
 * <p>
 * The values of one facet are alternatives (Pakistan or Brazil), facets combine (a country and a sector). So the
 * counts of a facet on which values are ticked leave out that facet's own selection ("drill sideways"): ticking
 * Pakistan narrows the sectors to Pakistan's but keeps every country counted, so a second one can be added.
 */
public final class CaseSearch {

    /** Longest snippet, in characters; a long sentence is cut around its first match. */
    static final int SNIPPET_LENGTH = 240;
    private static final int FACET_VALUES = 200;
    /** How many text matches beyond twice the limit are re-ranked by prior. */
    private static final int RESCORED = 30;
    private static final Set<String> HIT_FIELDS = Set.of(CaseDocument.ID, CaseDocument.NAME, CaseDocument.YEAR,
            CaseDocument.SUMMARY);
    private static final Sort BY_YEAR = byYear();

    private final CaseIndex index;
    private final CrossLanguage acrossLanguages;

    /** Searches of an index, across the four languages. */
    public CaseSearch(CaseIndex index) {
        this(index, true);
    }

    /**
     * Searches of an index; {@code acrossLanguages} false searches the words as typed only, as before the thesaurus
     * (the baseline the cross-language benchmark measures against).
     */
    public CaseSearch(CaseIndex index, boolean acrossLanguages) {
        this.index = index;
        this.acrossLanguages = acrossLanguages ? CrossLanguage.shared() : null;
    }

    /** The language a query is taken to be in ({@code en}, {@code pt}, {@code es}, {@code fr}). */
    public String languageOf(String query) {
        return acrossLanguages == null ? "en" : acrossLanguages.languageOf(query);
    }

    /** Searches; a query that cannot be read gives a {@link QuerySyntaxException} that says where. */
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            Query query = query(request);
            IndexSearcher searcher = index.acquire();
            try {
                FacetsCollectorManager.FacetsResult result = request.order() == SearchRequest.Order.YEAR
                        ? FacetsCollectorManager.search(searcher, query, request.limit(), BY_YEAR, true,
                                new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, query,
                                Math.max(request.limit(), request.limit() * 2 + RESCORED), new FacetsCollectorManager());
                TopDocs top = request.order() == SearchRequest.Order.YEAR ? result.topDocs()
                        : withPrior(searcher, result.topDocs(), request.limit());
                List<SearchHit> hits = hits(searcher, query, top);
                Map<String, List<SearchResults.FacetCount>> facets = facetCounts(searcher, request,
                        result.facetsCollector());
                return new SearchResults(top.totalHits.value, hits, facets);
            } catch (CorruptIndexException e) {
                index.markDamaged(e);
                throw new IOException("The search index is damaged; it will be rebuilt the next time the library is opened", e);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException(request.query(), 0,
                        "The query expands to too many terms; make wildcard or fuzzy terms longer");
            } finally {
                index.release(searcher);
            }
        }
    }

    /**
     * Every case the request's query and facets match, in its order, whatever its limit: what an export of the
     * results writes, where the Search view shows only the first hits.
     */
    public List<SearchHit> all(SearchRequest request) throws QuerySyntaxException, IOException {
        SearchResults first = search(request);
        if (first.hits().size() >= first.total()) {
            return first.hits();
        }
        return search(request.withLimit((int) Math.min(Integer.MAX_VALUE - 1, first.total()))).hits();
    }

    /** The Lucene query for a request: the parsed text, filtered by the chosen facet values. */
    public Query query(SearchRequest request) throws QuerySyntaxException {
        return query(request, null);
    }

    /**
     * The query for a request, leaving out the facet values chosen for one field ({@code without}, or none). Always
     * filtered to case documents: a blank query or a code: term would otherwise count segments as cases.
     */
    private Query query(SearchRequest request, String without) throws QuerySyntaxException {
        Query text = new CaseQueryParser(index.analyzer()).read(request.query());
        if (acrossLanguages != null) {
            text = acrossLanguages.widen(text, request.query());
        }
        Map<String, List<String>> filters = filters(request);
        filters.remove(without);
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(CaseDocument.CASES, BooleanClause.Occur.FILTER);
        for (Map.Entry<String, List<String>> facet : filters.entrySet()) {
            String field = facet.getKey();
            BooleanQuery.Builder anyValue = new BooleanQuery.Builder();
            for (String value : facet.getValue()) {
                String v = switch (field) {
                case CaseDocument.COUNTRY -> CaseQueryParser.countryCode(value);
                case CaseDocument.CODE -> CaseDocument.codeValue(value);
                default -> value.trim().toLowerCase(Locale.ROOT);
                };
                anyValue.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
            }
            narrowed.add(anyValue.build(), BooleanClause.Occur.FILTER);
        }
        return narrowed.build();
    }

    /** The chosen facet values by index field (two names of one field, such as "countries" and "country", merged). */
    private static Map<String, List<String>> filters(SearchRequest request) throws QuerySyntaxException {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> facet : request.facets().entrySet()) {
            byField.computeIfAbsent(facetField(request.query(), facet.getKey()), f -> new ArrayList<>())
                    .addAll(facet.getValue());
        }
        return byField;
    }

    /**
     * Counts of every facet: over the matching cases for a facet with nothing ticked, and over the cases matching
     * everything else for a facet with ticked values (one more search per such facet).
     */
    private Map<String, List<SearchResults.FacetCount>> facetCounts(IndexSearcher searcher, SearchRequest request,
            FacetsCollector matching) throws IOException, QuerySyntaxException {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        Optional<SortedSetDocValuesReaderState> state = index.facetState(searcher.getIndexReader());
        if (state.isEmpty()) {
            return facets;
        }
        Set<String> ticked = filters(request).keySet();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), matching);
        for (String dim : CaseDocument.FACETS) {
            if (ticked.contains(dim)) {
                FacetsCollector sideways = searcher.search(query(request, dim), new FacetsCollectorManager());
                facets.put(dim, counts(new SortedSetDocValuesFacetCounts(state.get(), sideways), dim));
            } else {
                facets.put(dim, counts(counts, dim));
            }
        }
        return facets;
    }

    /**
     * Re-ranks the best text matches by their case's {@linkplain CaseDocument#prior prior} and keeps the first
     * {@code limit}. Done on the top hits only: multiplying every matching case's score costs a doc-values lookup per
     * match, which on a large library is most of a broad query's time.
     */
    static TopDocs withPrior(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] docs = top.scoreDocs.clone();
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues prior = leaf.reader().getNumericDocValues(CaseDocument.PRIOR);
            if (prior != null && prior.advanceExact(sd.doc - leaf.docBase)) {
                sd.score *= Float.intBitsToFloat((int) prior.longValue());
            }
        }
        Arrays.sort(docs, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return new TopDocs(top.totalHits, Arrays.copyOf(docs, Math.min(limit, docs.length)));
    }

    private static String facetField(String query, String name) throws QuerySyntaxException {
        String field = CaseQueryParser.ALIASES.get(name.trim().toLowerCase(Locale.ROOT));
        if (field == null || !CaseDocument.KEYWORD_FIELDS.contains(field)) {
            throw new QuerySyntaxException(query, 0, "Unknown facet '" + name + "' (facets: "
                    + String.join(", ", CaseDocument.FACETS) + ", " + CaseDocument.CONTRIBUTION + ", "
                    + CaseDocument.OUTCOME + ", " + CaseDocument.CODE + ")");
        }
        return field;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        String[] fields = CaseDocument.SNIPPET_FIELDS.toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> snippets = top.scoreDocs.length == 0 ? Map.of()
                : highlighter(searcher).highlightFields(fields, query, top, passages);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc, HIT_FIELDS);
            String snippet = null;
            String from = null;
            for (String field : fields) {
                String[] s = snippets.get(field);
                if (s != null && s[i] != null && !s[i].isBlank()) {
                    snippet = s[i];
                    from = field;
                    break;
                }
            }
            if (snippet == null) {
                snippet = doc.get(CaseDocument.SUMMARY);
                from = snippet == null ? null : CaseDocument.SUMMARY;
            }
            Number year = doc.getField(CaseDocument.YEAR) == null ? null : doc.getField(CaseDocument.YEAR).numericValue();
            hits.add(new SearchHit(doc.get(CaseDocument.ID), doc.get(CaseDocument.NAME),
                    Float.isNaN(sd.score) ? 0 : sd.score, year == null ? null : year.intValue(), shorten(snippet), from));
        }
        return hits;
    }

    UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, index.analyzer())
                .withMaxLength(1_000_000)
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withFormatter(new DefaultPassageFormatter(SearchHit.MARK, SearchHit.MARK, "… ", false))
                .build();
    }

    /** A snippet no longer than {@link #SNIPPET_LENGTH}, around its first match, on word boundaries. */
    static String shorten(String snippet) {
        if (snippet == null) {
            return null;
        }
        String s = snippet.replaceAll("\\s+", " ").strip();
        if (s.length() <= SNIPPET_LENGTH) {
            return s;
        }
        int mark = Math.max(0, s.indexOf(SearchHit.MARK));
        int start = Math.max(0, mark - SNIPPET_LENGTH / 3);
        int end = Math.min(s.length(), start + SNIPPET_LENGTH);
        if (start > 0) {
            int space = s.indexOf(' ', start);
            start = space < 0 || space > mark ? start : space + 1;
        }
        if (end < s.length()) {
            int space = s.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String cut = s.substring(start, end);
        // Never leave a marker unpaired.
        if (countMarks(cut) % 2 == 1) {
            cut = cut + SearchHit.MARK;
        }
        return (start > 0 ? "…" : "") + cut + (end < s.length() ? "…" : "");
    }

    private static int countMarks(String s) {
        int n = 0;
        for (int i = s.indexOf(SearchHit.MARK); i >= 0; i = s.indexOf(SearchHit.MARK, i + SearchHit.MARK.length())) {
            n++;
        }
        return n;
    }

    private static List<SearchResults.FacetCount> counts(SortedSetDocValuesFacetCounts counts, String dim)
            throws IOException {
        FacetResult r;
        try {
            r = counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (r == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> list = new ArrayList<>(r.labelValues.length);
        for (LabelAndValue lv : r.labelValues) {
            list.add(new SearchResults.FacetCount(lv.label, lv.value.intValue()));
        }
        return list;
    }

    private static Sort byYear() {
        SortField year = new SortField(CaseDocument.YEAR, SortField.Type.INT, true);
        year.setMissingValue(Integer.MIN_VALUE);
        return new Sort(year, SortField.FIELD_SCORE);
    }
}
