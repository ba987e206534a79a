package org.coprod.agreement.ui;

import java.util.ArrayList;
import java.util.List;

import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.Rater;
import org.coprod.model.CodableText;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The widgets of the Coder Comparison view: who is compared, the figures per code and per case-level measure, and the
 * disagreements with what each coder chose side by side. A double-click on a passage's disagreement opens its text
 * with the passage selected; on a case-level one, the case.
 */
final class CoderComparison extends Composite {

    /** What a double-click opens. */
    interface Opener {
        /** Shows a case, by id, for editing. */
        void openCase(String caseId);

        /** Shows a text of a case with code points {@code start}–{@code end} selected. */
        void openPassage(String caseId, CodableText text, int start, int end);
    }

    private static final String[] FIGURE_COLUMNS = { "Code or measure", "Between", "Compared", "Agreement", "Kappa", "Alpha" };
    private static final int[] FIGURE_WIDTHS = { 240, 200, 90, 90, 80, 80 };

    private final Label heading;
    private final Table figures;
    private final Table disagreements;
    /** Read-only and scrolled, in the sash: wrapped in a label, long notes took the tables' room in a small view. */
    private final Text notes;

    CoderComparison(Composite parent, Opener open) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(this);
        heading = new Label(this, SWT.WRAP);
        heading.setText("No library is open.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        figures = table(sash);
        for (int i = 0; i < FIGURE_COLUMNS.length; i++) {
            column(figures, FIGURE_COLUMNS[i], FIGURE_WIDTHS[i]);
        }
        disagreements = table(sash);
        disagreements.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof ComparisonRows.DisagreementLine line) {
                if (line.text() != null) {
                    open.openPassage(line.caseId(), line.text(), line.start(), line.end());
                } else {
                    open.openCase(line.caseId());
                }
            }
        });
        notes = new Text(sash, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(2, 2, 1);
    }

    private static Table table(Composite parent) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        return t;
    }

    private static void column(Table t, String title, int width) {
        TableColumn c = new TableColumn(t, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    /** Shows a report in place of the one shown before. */
    void show(AgreementReport report) {
        List<String> raters = report.raters().stream().map(Rater::label).toList();
        heading.setText(raters.size() < 2 ? "Fewer than two coders coded this library: there is no agreement to measure."
                : "Agreement between " + String.join(", ", raters) + ": passages code point by code point (as NVivo), case-level"
                        + " codings by Krippendorff's alpha and Cohen's kappa.");
        figures.removeAll();
        for (ComparisonRows.FigureLine line : ComparisonRows.figures(report)) {
            TableItem item = new TableItem(figures, SWT.NONE);
            item.setText(new String[] { line.what(), line.between(), line.count(), line.agreement(), line.kappa(), line.alpha() });
            item.setData(line);
        }
        figures.setToolTipText("A figure that is not defined says why in the notes below and in coprod agreement.");
        disagreements.removeAll();
        for (TableColumn c : disagreements.getColumns()) {
            c.dispose();
        }
        column(disagreements, "Case", 90);
        column(disagreements, "Where", 200);
        column(disagreements, "Code or measure", 160);
        raters.forEach(r -> column(disagreements, r, 140));
        column(disagreements, "Passage", 300);
        for (ComparisonRows.DisagreementLine line : ComparisonRows.disagreements(report)) {
            TableItem item = new TableItem(disagreements, SWT.NONE);
            String[] cells = new String[4 + raters.size()];
            cells[0] = line.caseId();
            cells[1] = line.where();
            cells[2] = line.what();
            for (int i = 0; i < raters.size(); i++) {
                cells[3 + i] = line.choices().get(i);
            }
            cells[3 + raters.size()] = line.quote();
            item.setText(cells);
            item.setData(line);
        }
        List<String> why = ComparisonRows.figures(report).stream().filter(l -> !l.why().isEmpty())
                .map(l -> l.what().strip() + ": " + l.why()).distinct().limit(6).toList();
        List<String> all = new ArrayList<>(report.notes());
        all.addAll(why);
        notes.setText(String.join("\n", all));
        layout(true, true);
    }

    /** Shows that no library is open. */
    void clear() {
        heading.setText("No library is open.");
        figures.removeAll();
        disagreements.removeAll();
        notes.setText("");
    }

    Table figures() {
        return figures;
    }

    Table disagreements() {
        return disagreements;
    }

    String heading() {
        return heading.getText();
    }

    String notes() {
        return notes.getText();
    }
}
