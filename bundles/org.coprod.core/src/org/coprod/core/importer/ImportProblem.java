package org.coprod.core.importer;

/** A bad cell of an import file: the row (1 = the header row), the column and why it was refused. */
public record ImportProblem(int row, String column, String message) {

    @Override
    public String toString() {
        return "row " + row + (column == null || column.isEmpty() ? "" : ", column '" + column + "'") + ": " + message;
    }
}
