package org.coprod.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexableField;
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
import org.apache.lucene.search.TotalHits;

/**
 * Lists the coded segments of a {@link CaseIndex} that match a {@link SegmentRequest}: words of their quotes and
 * segment fields ({@link CaseQueryParser#forSegments}), narrowed by codes and a case, in reading order (case, text,
 * start) rather than by relevance — a listing of evidence is read passage by passage, not skimmed from the top.
 */
public final class SegmentSearch {

    private static final Sort READING_ORDER = readingOrder();
    private static final Set<String> HIT_FIELDS = hitFields();

    private final CaseIndex index;

    public SegmentSearch(CaseIndex index) {
        this.index = index;
    }

    /** Searches; a query that cannot be read gives a {@link QuerySyntaxException} that says where. */
    public SegmentResults search(SegmentRequest request) throws QuerySyntaxException, IOException {
        try (LuceneContext lucene = LuceneContext.enter()) {
            Query query = query(request);
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = searcher.search(query, request.limit(), READING_ORDER);
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                        : searcher.count(query);
                List<SegmentHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(sd.doc, HIT_FIELDS)));
                }
                return new SegmentResults(total, hits);
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

    /** The Lucene query for a request: the parsed text over segment documents only, filtered by codes and case. */
    public Query query(SegmentRequest request) throws QuerySyntaxException {
        Query text = CaseQueryParser.forSegments(index.analyzer()).read(request.query());
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(CaseDocument.SEGMENTS, BooleanClause.Occur.FILTER);
        for (String code : request.codes()) {
            q.add(new TermQuery(new Term(CaseDocument.CODE, CaseDocument.codeValue(code))), BooleanClause.Occur.FILTER);
        }
        if (request.caseId() != null) {
            q.add(new TermQuery(new Term(CaseDocument.ID, request.caseId())), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    private static SegmentHit hit(Document doc) {
        String quote = null;
        for (String field : CaseDocument.QUOTE_FIELDS) {
            quote = quote == null ? doc.get(field) : quote;
        }
        IndexableField codedOn = doc.getField(CaseDocument.CODED_ON);
        return new SegmentHit(doc.get(CaseDocument.ID), doc.get(CaseDocument.SEGMENT), doc.get(CaseDocument.CODED_TEXT),
                number(doc, CaseDocument.START), number(doc, CaseDocument.END), quote,
                Arrays.asList(doc.getValues(CaseDocument.CODE)), doc.get(CaseDocument.CODER),
                codedOn == null ? null : Instant.ofEpochMilli(codedOn.numericValue().longValue()));
    }

    private static int number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    /** As {@link SegmentHit#READING_ORDER}, from the segment documents' doc values. */
    private static Sort readingOrder() {
        SortField caseId = new SortField(CaseDocument.ID, SortField.Type.STRING);
        SortField text = new SortField(CaseDocument.CODED_TEXT, SortField.Type.STRING);
        text.setMissingValue(SortField.STRING_FIRST);
        SortField segment = new SortField(CaseDocument.SEGMENT, SortField.Type.STRING);
        segment.setMissingValue(SortField.STRING_FIRST);
        return new Sort(caseId, text, new SortField(CaseDocument.START, SortField.Type.INT),
                new SortField(CaseDocument.END, SortField.Type.INT), segment);
    }

    private static Set<String> hitFields() {
        Set<String> fields = new HashSet<>(List.of(CaseDocument.ID, CaseDocument.SEGMENT, CaseDocument.CODED_TEXT,
                CaseDocument.START, CaseDocument.END, CaseDocument.CODE, CaseDocument.CODER, CaseDocument.CODED_ON));
        fields.addAll(CaseDocument.QUOTE_FIELDS);
        return Set.copyOf(fields);
    }
}
