package org.coprod.search;

import java.util.List;

/** The answer to a {@link SegmentRequest}: how many segments match, and the first of them in reading order. */
public record SegmentResults(long total, List<SegmentHit> hits) {

    public SegmentResults {
        hits = List.copyOf(hits);
    }
}
