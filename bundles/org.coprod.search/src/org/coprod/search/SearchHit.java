package org.coprod.search;

/**
 * One case found: its id and name, the score that ranked it, its start year (or null), and a snippet from its summary
 * or notes with the matched words between {@value #MARK} markers.
 */
public record SearchHit(String id, String name, float score, Integer year, String snippet, String snippetField) {

    /** Put around matched words in snippets. */
    public static final String MARK = "**";
}
