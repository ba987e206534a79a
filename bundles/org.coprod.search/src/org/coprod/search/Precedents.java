package org.coprod.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.coprod.model.Case;

/**
 * Finds the cases most like a given one — precedents — by the words of its text (MoreLikeThis), ranked up when they
 * share its typology cell, sector, country or context.
 */
public final class Precedents {

    /** Extra score for sharing each of these with the case; the text match typically scores between 5 and 30. */
    static final float SHARED_CELL = 4f;
    static final float SHARED_SECTOR = 2f;
    static final float SHARED_COUNTRY = 1.5f;

    private final CaseIndex index;

    public Precedents(CaseIndex index) {
        this.index = index;
    }

    /** Up to {@code limit} cases most like {@code c}, best first, never {@code c} itself. */
    public List<SearchHit> like(Case c, int limit) throws IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            IndexSearcher searcher = index.acquire();
            try {
                Query query = query(searcher, c);
                TopDocs top = searcher.search(query, limit);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(sd.doc,
                            Set.of(CaseDocument.ID, CaseDocument.NAME, CaseDocument.YEAR, CaseDocument.SUMMARY));
                    Number year = doc.getField(CaseDocument.YEAR) == null ? null
                            : doc.getField(CaseDocument.YEAR).numericValue();
                    hits.add(new SearchHit(doc.get(CaseDocument.ID), doc.get(CaseDocument.NAME), sd.score,
                            year == null ? null : year.intValue(), CaseSearch.shorten(doc.get(CaseDocument.SUMMARY)),
                            CaseDocument.SUMMARY));
                }
                return hits;
            } finally {
                index.release(searcher);
            }
        }
    }

    Query query(IndexSearcher searcher, Case c) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(index.analyzer());
        List<String> fields = new ArrayList<>(CaseDocument.TEXT_FIELDS);
        mlt.setFieldNames(fields.toArray(String[]::new));
        // Sample cases are short: a word used once in a summary still says what the case is about.
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        // 30 % of the cases; MoreLikeThis's own percentage would count the segments' documents as cases.
        mlt.setMaxDocFreq(Math.toIntExact(30L * searcher.count(CaseDocument.CASES) / 100));
        mlt.setMaxQueryTerms(40);
        mlt.setBoost(true);
        Map<String, Collection<Object>> like = new LinkedHashMap<>();
        CaseDocument.texts(c).forEach((field, values) -> {
            if (fields.contains(field)) {
                like.put(field, new ArrayList<>(values));
            }
        });
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(mlt.like(like), BooleanClause.Occur.SHOULD);
        Map<String, Set<String>> keywords = CaseDocument.keywords(c);
        shared(q, CaseDocument.CELL, keywords, SHARED_CELL);
        shared(q, CaseDocument.SECTOR, keywords, SHARED_SECTOR);
        shared(q, CaseDocument.COUNTRY, keywords, SHARED_COUNTRY);
        q.add(new TermQuery(new Term(CaseDocument.ID, c.getId())), BooleanClause.Occur.MUST_NOT);
        q.add(CaseDocument.CASES, BooleanClause.Occur.FILTER);
        q.setMinimumNumberShouldMatch(1); // with a filter, no clause that scores would be required any more
        return q.build();
    }

    private static void shared(BooleanQuery.Builder q, String field, Map<String, Set<String>> keywords,
            float boost) {
        for (String value : keywords.getOrDefault(field, Set.of())) {
            Query term = new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT)));
            q.add(new BoostQuery(new ConstantScoreQuery(term), boost), BooleanClause.Occur.SHOULD);
        }
    }
}
