package org.coprod.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many cases match, the best of them in order, and for each facet
 * dimension the number of matching cases per value (most frequent first).
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** One value of a facet dimension and how many matching cases have it. */
    public record FacetCount(String value, int count) {
    }

    /** The count of one facet value (0 when no matching case has it). */
    public int count(String dimension, String value) {
        return facets.getOrDefault(dimension, List.of()).stream().filter(f -> f.value().equalsIgnoreCase(value))
                .mapToInt(FacetCount::count).sum();
    }
}
