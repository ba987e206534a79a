package org.coprod.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Segment;

/**
 * When each case's file was written (and what its segments borrow from the library file): as recorded in the index
 * when the case was indexed, and as now. Where the two differ, a synchronize indexes the case again.
 */
final class CaseStamps {

    private CaseStamps() {
    }

    /** The stamp recorded for every case in the index, by case id. */
    static Map<String, Long> indexed(IndexReader reader) throws IOException {
        Map<String, Long> stamps = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            // Only case documents have a stamp; segment documents carry the case id too, but no stamp.
            NumericDocValues times = leaf.reader().getNumericDocValues(CaseDocument.STAMP);
            SortedDocValues ids = leaf.reader().getSortedDocValues(CaseDocument.ID);
            Bits liveDocs = leaf.reader().getLiveDocs();
            if (ids == null || times == null) {
                continue;
            }
            for (int doc = times.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = times.nextDoc()) {
                if ((liveDocs == null || liveDocs.get(doc)) && ids.advanceExact(doc)) {
                    stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), times.longValue());
                }
            }
        }
        return stamps;
    }

    /**
     * The stamp a case is indexed with: its file's, mixed with the names its segments borrow from the library file
     * (codes and coders). Codebook work renames codes in the library file and leaves the case files as they were;
     * this way the next synchronize re-indexes the cases whose segments carry a renamed code. 0 when it has no file.
     */
    static long of(Library library, Case c) {
        long file = onDisk(library, c);
        if (file == 0) {
            return 0;
        }
        long borrowed = 1;
        for (Segment s : c.getSegments()) {
            for (Code code : s.getCodes()) {
                borrowed = borrowed * 31 + Objects.hashCode(CaseDocument.codeName(code));
            }
            borrowed = borrowed * 31 + (s.getCoder() == null ? 0 : Objects.hashCode(s.getCoder().getName()));
        }
        return c.getSegments().isEmpty() ? file : file * 31 + borrowed;
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
