package org.coprod.search;

/**
 * A query that cannot be read. The message names the problem and where it is (column, offending word), in words a
 * user can act on; {@link #column()} is 1-based, or 0 when the problem has no single place.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int column;

    public QuerySyntaxException(String query, int column, String message) {
        super(message);
        this.query = query;
        this.column = column;
    }

    public String query() {
        return query;
    }

    public int column() {
        return column;
    }

    /**
     * The query with a caret under the column of the problem, for a terminal; of a long query only the part around
     * the problem, so that a query of thousands of characters does not flood the terminal.
     */
    public String pointer() {
        int from = 0;
        int to = query.length();
        if (query.length() > SHOWN) {
            int at = column <= 0 ? 0 : Math.min(column - 1, query.length());
            from = Math.max(0, Math.min(at - SHOWN / 2, query.length() - SHOWN));
            to = from + SHOWN;
        }
        String shown = (from > 0 ? "…" : "") + query.substring(from, to) + (to < query.length() ? "…" : "");
        if (column <= 0) {
            return shown;
        }
        int caret = Math.min(column - 1, query.length()) - from + (from > 0 ? 1 : 0);
        return shown + "\n" + " ".repeat(caret) + "^";
    }

    /** Longest part of a query shown by {@link #pointer()}. */
    private static final int SHOWN = 72;
}
