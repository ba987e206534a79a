package org.coprod.core.evidence;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A framework matrix (as in NVivo and MAXQDA): cases as rows, chosen codes as columns; each cell holds the passages of
 * the case coded with the code, and the summary the researcher wrote of them. Built in one pass over each case's
 * segments, so its cost grows with the segments of the rows, not with rows × columns × segments.
 */
public final class FrameworkMatrix {

    /** One cell: the case's passages coded with the code, and the researcher's summary (empty when none was written). */
    public record Cell(Case c, Code code, List<Segment> segments, Optional<CodeSummary> summary) {
        public int count() {
            return segments.size();
        }

        public String summaryText() {
            return summary.map(CodeSummary::getText).orElse("");
        }
    }

    private final List<Case> cases;
    private final List<Code> codes;
    private final Cell[][] cells;

    private FrameworkMatrix(List<Case> cases, List<Code> codes, Cell[][] cells) {
        this.cases = cases;
        this.codes = codes;
        this.cells = cells;
    }

    /** The matrix of these cases by these codes. */
    public static FrameworkMatrix of(List<Case> cases, List<Code> codes) {
        Map<Code, Integer> column = new HashMap<>();
        for (int j = 0; j < codes.size(); j++) {
            column.putIfAbsent(codes.get(j), j);
        }
        Cell[][] cells = new Cell[cases.size()][codes.size()];
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<List<Segment>> byColumn = new ArrayList<>(codes.size());
            for (int j = 0; j < codes.size(); j++) {
                byColumn.add(new ArrayList<>());
            }
            for (Segment s : c.getSegments()) {
                for (Code code : s.getCodes()) {
                    Integer j = column.get(code);
                    if (j != null) {
                        byColumn.get(j).add(s);
                    }
                }
            }
            Map<Code, CodeSummary> summaries = new HashMap<>();
            c.getCodeSummaries().forEach(s -> summaries.putIfAbsent(s.getCode(), s));
            for (int j = 0; j < codes.size(); j++) {
                cells[i][j] = new Cell(c, codes.get(j), byColumn.get(j), Optional.ofNullable(summaries.get(codes.get(j))));
            }
        }
        return new FrameworkMatrix(List.copyOf(cases), List.copyOf(codes), cells);
    }

    public List<Case> cases() {
        return cases;
    }

    public List<Code> codes() {
        return codes;
    }

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    /** The command that sets the researcher's summary of a code in a case (made when the case has none yet). */
    public static Command summarise(EditingDomain domain, Case c, Code code, String text, Coder author, Date when) {
        Optional<CodeSummary> existing = CodebookChanges.summary(c, code);
        if (existing.isPresent()) {
            return new SetCommand(domain, existing.get(), Literals.CODE_SUMMARY__TEXT, text);
        }
        CodeSummary summary = CoprodFactory.eINSTANCE.createCodeSummary();
        summary.setCode(code);
        summary.setText(text);
        summary.setAuthor(author);
        summary.setDate(when);
        return new AddCommand(domain, c, Literals.CASE__CODE_SUMMARIES, summary);
    }
}
