package org.coprod.ui.retrieval;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.coprod.core.evidence.Retrieval.Found;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Segment;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.codebook.CodeNames;
import org.coprod.ui.editor.Names;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Coded passages in a table, one row each: the passage in its context (the context greyed), case, codes, the text it
 * is in, coder and date; the passage first, so that it shows however narrow the view. Virtual, so that ten thousand passages
 * cost only the rows on screen; double-click opens the
 * passage in its text.
 */
public final class PassageTable {

    private final TableViewer viewer;
    private List<Found> rows = List.of();

    public PassageTable(Composite parent, Supplier<WorkbenchSession> session) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.size()) {
                    viewer.replace(rows.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }
        });
        TableViewerColumn passage = new TableViewerColumn(viewer, SWT.LEFT);
        passage.getColumn().setText(Messages.PassageTable_passage);
        passage.getColumn().setWidth(420);
        passage.setLabelProvider(new StyledCellLabelProvider() {
            @Override
            public void update(ViewerCell cell) {
                PassageContext p = PassageContext.of(((Found) cell.getElement()).segment());
                StyledString s = new StyledString(p.before(), StyledString.QUALIFIER_STYLER);
                s.append(p.quote());
                s.append(p.after(), StyledString.QUALIFIER_STYLER);
                cell.setText(s.getString());
                cell.setStyleRanges(s.getStyleRanges());
                super.update(cell);
            }

            @Override
            public String getToolTipText(Object element) {
                String quote = ((Found) element).segment().getQuote();
                return quote == null || quote.length() < 80 ? null : quote;
            }
        });
        column(Messages.PassageTable_case, 160, f -> Names.of(f.c()));
        column(Messages.PassageTable_codes, 140, f -> codes(f.segment()));
        column(Messages.EvidencePassages_text, 150, f -> f.segment().getText() == null ? "" : Texts.title(f.segment().getText()));
        column(Messages.EvidencePassages_coder, 100,
                f -> f.segment().getCoder() == null ? "" : String.valueOf(f.segment().getCoder().getName()));
        column(Messages.PassageTable_date, 85,
                f -> f.segment().getCodedOn() == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(f.segment()
                .getCodedOn()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Found f) {
                Passages.open(session.get(), f.segment());
            }
        });
    }

    private static String codes(Segment s) {
        return s.getCodes().stream().map(CodeNames::of).collect(Collectors.joining(", "));
    }

    private void column(String title, int width, Function<Found, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Found) element);
            }
        });
    }

    /** Shows these passages, in this order. */
    public void show(List<Found> found) {
        rows = List.copyOf(found);
        viewer.setInput(rows);
        viewer.setItemCount(rows.size());
        viewer.refresh();
    }

    public List<Found> rows() {
        return rows;
    }

    /** The text a row shows in each column, as on screen (for tests and copying). */
    public List<String> row(int index) {
        Found f = rows.get(index);
        List<String> out = new ArrayList<>();
        out.add(PassageContext.of(f.segment()).line());
        out.add(Names.of(f.c()));
        out.add(codes(f.segment()));
        out.add(f.segment().getText() == null ? "" : Texts.title(f.segment().getText()));
        return out;
    }

    /** How many cases the passages are in, for a heading. */
    public static long cases(List<Found> found) {
        return found.stream().map(Found::c).distinct().count();
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The selected passages. */
    public List<Segment> selected() {
        return viewer.getStructuredSelection().stream().filter(Found.class::isInstance).map(f -> ((Found) f).segment()).toList();
    }
}
