package org.coprod.core.importer;

import org.eclipse.osgi.util.NLS;

/**
 * A bad cell of an import file: the row (1 = the header row), the column and why it was refused. An error refuses its
 * row; a warning lets it through and says what the import did that the user may not expect.
 */
public record ImportProblem(int row, String column, String message, Severity severity) {

    /** Whether a problem refuses its row. */
    public enum Severity {
        ERROR, WARNING
    }

    public ImportProblem(int row, String column, String message) {
        this(row, column, message, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        boolean noColumn = column == null || column.isEmpty();
        if (isError()) {
            return noColumn ? NLS.bind(Messages.Problem_at, row, message)
                    : NLS.bind(Messages.Problem_atColumn, new Object[] {row, column, message});
        }
        return noColumn ? NLS.bind(Messages.Problem_warningAt, row, message)
                : NLS.bind(Messages.Problem_warningAtColumn, new Object[] {row, column, message});
    }
}
