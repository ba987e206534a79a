package org.coprod.search;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Segment;

/**
 * One coded segment found: its case and id, the note or document it is a passage of ({@code textId}), where it starts
 * and ends there (Unicode code points, end exclusive), the passage as quoted, the names of its codes, who coded it and
 * when. Any of the texts may be null, as may the date.
 */
public record SegmentHit(String caseId, String segmentId, String textId, int start, int end, String quote,
        List<String> codes, String coder, Instant codedOn) {

    /** By case id, then text id, start, end and segment id: how a segment search lists its hits. */
    public static final Comparator<SegmentHit> READING_ORDER = Comparator.comparing(SegmentHit::caseId)
            .thenComparing(SegmentHit::textId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(SegmentHit::start).thenComparingInt(SegmentHit::end)
            .thenComparing(SegmentHit::segmentId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public SegmentHit {
        codes = List.copyOf(codes);
    }

    /** A segment as the model holds it, shown as a segment search would show it from the index. */
    public static SegmentHit of(Case c, Segment s) {
        List<String> codes = s.getCodes().stream().map(CaseDocument::codeName).filter(n -> n != null).toList();
        String coder = s.getCoder() == null || blank(s.getCoder().getName()) ? null : s.getCoder().getName().strip();
        return new SegmentHit(c.getId(), blank(s.getId()) ? null : s.getId(),
                s.getText() == null || blank(s.getText().getId()) ? null : s.getText().getId(), s.getStart(), s.getEnd(),
                blank(s.getQuote()) ? null : s.getQuote(), codes, coder,
                s.getCodedOn() == null ? null : s.getCodedOn().toInstant());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
