package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.coprod.model.Segment;

/**
 * A framework matrix as the values a workbook shows, read from the live model at once (on the thread that owns it) so
 * that the workbook can be built and written in a background job that never touches the model.
 *
 * @param codes    the names of the matrix's codes, in column order
 * @param rows     a row per case
 * @param passages a row per passage of each cell, cases in order, then codes
 */
record MatrixTable(List<String> codes, List<Row> rows, List<Passage> passages) {

    /** A case's row: its id and name, and for each code the number of passages and the researcher's summary. */
    record Row(String caseId, String caseName, List<Integer> counts, List<String> summaries) {
    }

    /** A passage of a cell, with the case and code it belongs to and where it lies. */
    record Passage(String caseId, String caseName, String code, String text, int start, int end, String quote, String coder,
            String day) {
    }

    MatrixTable {
        codes = List.copyOf(codes);
        rows = List.copyOf(rows);
        passages = List.copyOf(passages);
    }

    static MatrixTable of(FrameworkMatrix m) {
        List<String> codes = m.codes().stream().map(Passages::name).toList();
        List<Row> rows = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < m.cases().size(); i++) {
            Case c = m.cases().get(i);
            List<Integer> counts = new ArrayList<>();
            List<String> summaries = new ArrayList<>();
            for (int j = 0; j < m.codes().size(); j++) {
                FrameworkMatrix.Cell cell = m.cell(i, j);
                counts.add(cell.count());
                summaries.add(cell.summaryText());
                for (Segment s : cell.segments()) {
                    passages.add(new Passage(c.getId(), c.getName(), codes.get(j), Passages.kind(s.getText()) + " \u201C"
                            + Passages.title(s) + "\u201D", s.getStart(), s.getEnd(), Passages.quote(s), Passages.coder(s),
                            Passages.isoDay(s)));
                }
            }
            rows.add(new Row(c.getId(), c.getName(), List.copyOf(counts), summaries.stream().map(t -> t == null ? "" : t).toList()));
        }
        return new MatrixTable(codes, rows, passages);
    }
}
