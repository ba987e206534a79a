package org.coprod.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.coprod.search.CaseAnalyzers;
import org.coprod.search.CaseDocument;

/**
 * The baseline: Lucene used directly, with the same analyzers, fields, facet fields and stored offsets as the
 * workbench's index, doing the same work per search (top 10, facet counts, one highlighted passage per hit), without
 * any of the workbench's code in the timed path (its texts are extracted from the cases beforehand).
 */
final class BareLucene implements Closeable {

    /** One case as plain texts and values, extracted before timing starts. */
    record Texts(String id, Integer year, Map<String, List<String>> texts, Map<String, Set<String>> keywords) {
        long chars() {
            return texts.values().stream().flatMap(List::stream).mapToLong(String::length).sum();
        }
    }

    static final String[] TEXT_FIELDS = CaseDocument.TEXT_FIELDS.toArray(String[]::new);
    static final String[] SNIPPET_FIELDS = CaseDocument.SNIPPET_FIELDS.toArray(String[]::new);
    private static final Map<String, Float> BOOSTS = Map.of(CaseDocument.NAME, 2f, CaseDocument.SUMMARY, 1.5f);
    private static final FieldType STORED_TEXT = storedText();

    final Analyzer analyzer = CaseAnalyzers.create();
    private final FSDirectory directory;
    final IndexWriter writer;
    private final SearcherManager searchers;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    BareLucene(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(128);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    static Document document(Texts t) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(CaseDocument.ID, t.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CaseDocument.ID, new BytesRef(t.id())));
        for (Map.Entry<String, List<String>> e : t.texts().entrySet()) {
            String field = e.getKey();
            for (String value : e.getValue()) {
                if (field.equals(CaseDocument.NAME)) {
                    doc.add(new TextField(field, value, Field.Store.YES));
                } else if (Arrays.asList(SNIPPET_FIELDS).contains(field)) {
                    doc.add(new Field(field, value, STORED_TEXT));
                } else {
                    doc.add(new TextField(field, value, Field.Store.NO));
                }
            }
        }
        if (t.year() != null) {
            doc.add(new IntPoint(CaseDocument.YEAR, t.year()));
            doc.add(new NumericDocValuesField(CaseDocument.YEAR, t.year()));
            doc.add(new StoredField(CaseDocument.YEAR, t.year()));
        }
        for (Map.Entry<String, Set<String>> e : t.keywords().entrySet()) {
            for (String value : e.getValue()) {
                doc.add(new StringField(e.getKey(), value.toLowerCase(Locale.ROOT), Field.Store.NO));
                if (CaseDocument.FACETS.contains(e.getKey())) {
                    doc.add(new SortedSetDocValuesFacetField(e.getKey(), value));
                }
            }
        }
        return CaseDocument.FACETS_CONFIG.build(doc);
    }

    void update(String id, Document doc) throws IOException {
        writer.updateDocument(new Term(CaseDocument.ID, id), doc);
    }

    void commit() throws IOException {
        writer.commit();
    }

    /** Top 10, facet counts for every dimension, one highlighted passage per hit; returns the total hits. */
    long search(String text, boolean refresh) throws IOException, ParseException {
        if (refresh) {
            searchers.maybeRefreshBlocking();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, text);
        } finally {
            searchers.release(searcher);
        }
    }

    long search(IndexSearcher searcher, String text) throws IOException, ParseException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
        parser.setAllowLeadingWildcard(true);
        Query query = parser.parse(text);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 10,
                new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state(searcher.getIndexReader()),
                result.facetsCollector());
        // The same facet work as ours does for each query; only the time it takes matters here.
        List<FacetResult> facets = new ArrayList<>();
        for (String dim : CaseDocument.FACETS) {
            facets.add(counts.getTopChildren(200, dim));
        }
        TopDocs top = result.topDocs();
        if (top.scoreDocs.length > 0) {
            int[] passages = new int[SNIPPET_FIELDS.length];
            Arrays.fill(passages, 1);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000)
                    .withMaxNoHighlightPassages(0).withHandleMultiTermQuery(true)
                    .withFormatter(new DefaultPassageFormatter("**", "**", "… ", false)).build();
            highlighter.highlightFields(SNIPPET_FIELDS, query, top, passages);
            for (ScoreDoc sd : top.scoreDocs) {
                searcher.storedFields().document(sd.doc,
                        Set.of(CaseDocument.ID, CaseDocument.NAME, CaseDocument.YEAR, CaseDocument.SUMMARY));
            }
        }
        return top.totalHits.value;
    }

    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, CaseDocument.FACETS_CONFIG);
            stateReader = reader;
        }
        return state;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static FieldType storedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
