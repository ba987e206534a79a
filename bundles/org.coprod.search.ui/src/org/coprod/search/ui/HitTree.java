package org.coprod.search.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.coprod.search.SearchHit;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CaseDocument;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * The Search view's results: a row per case found, with its year, score and where it matches, and under it the
 * documents the case draws on, as in the Library navigator. A double-click opens the case or the document.
 */
final class HitTree {

    /** Opens what was double-clicked. */
    interface Opener {
        void openCase(SearchHit hit);

        void openDocument(CaseDocument document);
    }

    private final TreeViewer viewer;
    private final Supplier<WorkbenchSession> session;

    HitTree(Composite parent, Supplier<WorkbenchSession> session, Opener opener) {
        this.session = session;
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new Content());
        Image document = CaseDocument.icon(viewer.getControl());
        column("Case", 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof SearchHit h ? h.name() : ((CaseDocument) e).title();
            }

            @Override
            public Image getImage(Object e) {
                return e instanceof CaseDocument ? document : null;
            }

            @Override
            public String getToolTipText(Object e) {
                return e instanceof SearchHit h ? h.id() : ((CaseDocument) e).document().getId();
            }
        });
        column("Year", 50, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof SearchHit h && h.year() != null ? h.year().toString() : "";
            }
        });
        column("Score", 55, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof SearchHit h ? String.format(Locale.ROOT, "%.1f", h.score()) : "";
            }
        });
        TreeViewerColumn snippet = new TreeViewerColumn(viewer, SWT.NONE);
        snippet.getColumn().setText("Where it matches");
        snippet.getColumn().setWidth(600);
        snippet.setLabelProvider(new DelegatingStyledCellLabelProvider(new SnippetStyles()));
        viewer.addDoubleClickListener(e -> {
            for (Object o : ((IStructuredSelection) e.getSelection()).toList()) {
                if (o instanceof SearchHit h) {
                    opener.openCase(h);
                } else if (o instanceof CaseDocument d) {
                    opener.openDocument(d);
                }
            }
        });
    }

    private void column(String title, int width, ColumnLabelProvider label) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(label);
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** Shows these cases found, their documents collapsed under them. */
    void show(List<SearchHit> hits) {
        viewer.setInput(hits);
    }

    Object input() {
        return viewer.getInput();
    }

    /** Cases at the top; under each the documents of the loaded case (none while the library loads). */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof SearchHit h ? CaseDocument.of(session.get(), h.id()).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof SearchHit h && !CaseDocument.of(session.get(), h.id()).isEmpty();
        }
    }

    /** The snippet column: matched words in bold; empty for a document. */
    private static final class SnippetStyles extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            return element instanceof SearchHit h ? SnippetLabel.of(h.snippet()) : new StyledString();
        }

        @Override
        public Image getImage(Object element) {
            return null;
        }
    }
}
