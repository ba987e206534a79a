package org.coprod.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.coprod.core.Library;
import org.coprod.model.Case;

/**
 * When each case's file was written: as recorded in the index when the case was indexed, and as on disk now. Where
 * the two differ, a synchronize indexes the case again.
 */
final class CaseStamps {

    private CaseStamps() {
    }

    /** The stamp recorded for every case in the index, by case id. */
    static Map<String, Long> indexed(IndexReader reader) throws IOException {
        Map<String, Long> stamps = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(CaseDocument.ID);
            NumericDocValues times = leaf.reader().getNumericDocValues(CaseDocument.STAMP);
            Bits liveDocs = leaf.reader().getLiveDocs();
            if (ids == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                long stamp = times != null && times.advanceExact(doc) ? times.longValue() : 0;
                stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), stamp);
            }
        }
        return stamps;
    }

    /** When a case's file was last written, mixed with its size; 0 when it has no file. */
    static long onDisk(Library library, Case c) {
        try {
            BasicFileAttributes a = Files.readAttributes(library.caseFile(c), BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() * 31 + a.size();
        } catch (IOException e) {
            return 0;
        }
    }
}
