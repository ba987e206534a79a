package org.coprod.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which coded segments to list: a query over their quotes and fields ({@link CaseQueryParser#forSegments}), codes the
 * segments must all carry, the case they must belong to (or null for any), and how many to list at most.
 */
public record SegmentRequest(String query, List<String> codes, String caseId, int limit) {

    /** As many as there are: the index caps the listing at its own size. */
    public static final int ALL = Integer.MAX_VALUE;

    public SegmentRequest {
        query = query == null ? "" : query;
        codes = codes == null ? List.of() : List.copyOf(codes);
        if (codes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a code name cannot be blank");
        }
        caseId = caseId == null || caseId.isBlank() ? null : caseId.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /** Every segment matching a query (blank for all). */
    public static SegmentRequest of(String query) {
        return new SegmentRequest(query, List.of(), null, ALL);
    }

    /** This request narrowed to segments that also carry a code. */
    public SegmentRequest withCode(String name) {
        List<String> more = new ArrayList<>(codes);
        more.add(name);
        return new SegmentRequest(query, more, caseId, limit);
    }

    public SegmentRequest withCase(String id) {
        return new SegmentRequest(query, codes, id, limit);
    }

    public SegmentRequest withLimit(int n) {
        return new SegmentRequest(query, codes, caseId, n);
    }

    /**
     * Whether a segment read from the model passes the code and case filters, matched as the index matches them
     * (code names by {@link CaseDocument#codeValue}). The query is not looked at: its words need the index.
     */
    public boolean passesFilters(SegmentHit hit) {
        if (caseId != null && !caseId.equals(hit.caseId())) {
            return false;
        }
        Set<String> carried = hit.codes().stream().map(CaseDocument::codeValue).collect(Collectors.toSet());
        return codes.stream().map(CaseDocument::codeValue).allMatch(carried::contains);
    }
}
