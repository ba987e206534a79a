package org.coprod.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to search for: the query text, facet values to narrow by (each dimension ORs its values, dimensions AND
 * together), how many hits and in which order.
 */
public record SearchRequest(String query, Map<String, List<String>> facets, int limit, Order order) {

    /** Ranking of hits. */
    public enum Order {
        RELEVANCE, YEAR
    }

    public SearchRequest {
        facets = facets == null ? Map.of() : copy(facets);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 10, Order.RELEVANCE);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, facets, n, order);
    }

    public SearchRequest withOrder(Order o) {
        return new SearchRequest(query, facets, limit, o);
    }

    /** This request narrowed by one more facet value. */
    public SearchRequest withFacet(String dimension, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(facets);
        f.merge(dimension, List.of(value), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
        return new SearchRequest(query, f, limit, order);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> facets) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
