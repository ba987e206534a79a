package org.coprod.bench.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Segment;

/**
 * The baseline for segment search: a bare Lucene index of segment documents (case id, segment id, code ids, quote),
 * with nothing of the workbench in between: no analysis by language, no case documents, no stored offsets to read back.
 */
final class BareSegments implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;

    BareSegments(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64));
        reader = DirectoryReader.open(writer);
    }

    static List<Document> documents(Case c) {
        List<Document> docs = new ArrayList<>();
        for (Segment s : c.getSegments()) {
            Document d = new Document();
            d.add(new StringField("case", c.getId(), Field.Store.YES));
            d.add(new StringField("segment", s.getId(), Field.Store.YES));
            for (Code code : s.getCodes()) {
                d.add(new StringField("code", code.getId(), Field.Store.NO));
            }
            d.add(new TextField("quote", s.getQuote(), Field.Store.NO));
            d.add(new StoredField("start", s.getStart()));
            docs.add(d);
        }
        return docs;
    }

    void update(Case c, List<Document> docs) throws IOException {
        writer.updateDocuments(new Term("case", c.getId()), docs);
    }

    /** The segment ids of a case that carry a code, as of the latest update (near-real-time reopen). */
    List<String> find(String caseId, String codeId) throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery q = new BooleanQuery.Builder().add(new TermQuery(new Term("case", caseId)), Occur.FILTER)
                .add(new TermQuery(new Term("code", codeId)), Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1000);
        List<String> ids = new ArrayList<>();
        for (var hit : top.scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("segment"));
        }
        return ids;
    }

    void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        writer.close();
        directory.close();
    }
}
