package org.coprod.ui.framework;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.FrameworkMatrix.Cell;
import org.coprod.core.evidence.Texts;
import org.coprod.model.CodeSummary;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.codebook.CodeNames;
import org.coprod.ui.editor.Names;
import org.coprod.ui.problems.ProblemReports;
import org.coprod.ui.retrieval.PassageContext;
import org.coprod.ui.retrieval.Passages;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The current cell of a framework matrix: its coded passages (double-click opens one in its text) and the summary the
 * researcher writes of them, saved with the case.
 */
public final class CellDetails {

    private final Composite body;
    private final Label heading;
    private final TableViewer passages;
    private final Text summary;
    private final SummaryTyping typing = new SummaryTyping();
    private WorkbenchSession session;
    private Cell cell;
    private boolean showing;

    public CellDetails(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        heading = new Label(body, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        passages = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        passages.getTable().setHeaderVisible(true);
        passages.getTable().setLinesVisible(true);
        passages.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        passages.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn quote = new TableViewerColumn(passages, SWT.LEFT);
        quote.getColumn().setText(Messages.CellDetails_passage);
        quote.getColumn().setWidth(380);
        quote.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return PassageContext.alone((Segment) element).quote();
            }

            @Override
            public String getToolTipText(Object element) {
                return PassageContext.of((Segment) element).line();
            }
        });
        TableViewerColumn text = new TableViewerColumn(passages, SWT.LEFT);
        text.getColumn().setText(Messages.CellDetails_text);
        text.getColumn().setWidth(140);
        text.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Segment s = (Segment) element;
                return s.getText() == null ? "" : Texts.title(s.getText());
            }
        });
        ColumnViewerToolTipSupport.enableFor(passages);
        passages.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Segment s) {
                Passages.open(session, s);
            }
        });
        new Label(body, SWT.NONE).setText(Messages.CellDetails_summarySavedWithThe);
        summary = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 80;
        gd.widthHint = 200;
        summary.setLayoutData(gd);
        summary.addListener(SWT.Modify, e -> {
            if (!showing && cell != null && session != null) {
                typing.typed(session, cell.c(), cell.code(), summary.getText());
            }
        });
        summary.addListener(SWT.FocusOut, e -> typing.end());
        show(null, null);
    }

    /** Shows a cell of the matrix (null: none) of a library. */
    public void show(WorkbenchSession s, Cell shown) {
        boolean other = shown == null || cell == null || shown.c() != cell.c() || shown.code() != cell.code();
        if (other) {
            typing.end();
        }
        session = s;
        cell = shown;
        if (body.isDisposed()) {
            return;
        }
        if (cell == null) {
            heading.setText(Messages.CellDetails_clickACellTo);
            passages.setInput(new Object[0]);
        } else {
            heading.setText(Names.of(cell.c()) + " × " + CodeNames.of(cell.code()) + ": " + ProblemReports.count(cell.count(),
                    Messages.CellDetails_onePassage, Messages.CellDetails_passages));
            passages.setInput(cell.segments().toArray());
        }
        // The summary is read from the case itself: the cell may have been made before the last keystroke.
        String text = cell == null ? "" : CodebookChanges.summary(cell.c(), cell.code()).map(CodeSummary::getText).orElse("");
        String shownText = text == null ? "" : text;
        if (!summary.getText().equals(shownText)) {
            showing = true;
            try {
                summary.setText(shownText);
            } finally {
                showing = false;
            }
        }
        summary.setEnabled(cell != null);
        body.layout(true, true);
    }

    public Text summary() {
        return summary;
    }

    public TableViewer passages() {
        return passages;
    }

    public Composite control() {
        return body;
    }
}
