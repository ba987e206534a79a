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

    /** The query with a caret under the column of the problem, for a terminal. */
    public String pointer() {
        if (column <= 0) {
            return query;
        }
        return query + "\n" + " ".repeat(Math.min(column - 1, query.length())) + "^";
    }
}
