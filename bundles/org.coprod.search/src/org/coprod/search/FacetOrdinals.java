package org.coprod.search;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the latest reader of an index: costly to build (a pass over every facet value), so built once
 * per reopened reader rather than once per search.
 */
final class FacetOrdinals {

    private record State(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private volatile State latest;

    /** The ordinals of a reader, or empty when no document has a facet yet. */
    Optional<SortedSetDocValuesReaderState> of(IndexReader reader) {
        State state = latest;
        if (state != null && state.reader == reader) {
            return Optional.ofNullable(state.state);
        }
        synchronized (this) {
            state = latest;
            if (state == null || state.reader != reader) {
                SortedSetDocValuesReaderState s = null;
                try {
                    s = new DefaultSortedSetDocValuesReaderState(reader, CaseDocument.FACETS_CONFIG);
                } catch (IllegalArgumentException | IOException e) {
                    // No document has a facet yet.
                }
                state = new State(reader, s);
                latest = state;
            }
        }
        return Optional.ofNullable(state.state);
    }
}
