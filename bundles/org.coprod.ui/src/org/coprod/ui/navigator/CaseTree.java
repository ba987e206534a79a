package org.coprod.ui.navigator;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CaseDocument;
import org.coprod.ui.navigator.Grouping.Group;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PlatformUI;

/** What the navigator's tree shows: groups of case summaries, and under each case the documents it draws on. */
final class CaseTree {

    private CaseTree() {
    }

    /** Gives the tree its content, labels and identity of nodes, for the library {@code session} supplies. */
    static void install(TreeViewer viewer, Supplier<WorkbenchSession> session) {
        viewer.setUseHashlookup(true);
        // A case is the same node while its summary changes (an edit, a coding), so it stays open with its documents.
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof CaseSummary x && b instanceof CaseSummary y ? x.id().equals(y.id()) : Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof CaseSummary s ? s.id().hashCode() : element.hashCode();
            }
        });
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement instanceof CaseSummary s) {
                    return CaseDocument.of(session.get(), s.id()).toArray();
                }
                return parentElement instanceof Group g ? g.cases().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.cases().isEmpty()
                        || element instanceof CaseSummary s && !CaseDocument.of(session.get(), s.id()).isEmpty();
            }
        });
        Image document = CaseDocument.icon(viewer.getControl());
        LabelProvider labels = new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof CaseDocument d) {
                    return d.title();
                }
                return element instanceof CaseSummary s ? s.name() : String.valueOf(element);
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof CaseDocument ? document : null;
            }
        };
        // Through the workbench's decorators, so that other bundles (sharing marks changed cases) can mark cases
        // without this tree knowing them; a tree outside a running workbench (a test's shell) shows plain labels.
        viewer.setLabelProvider(PlatformUI.isWorkbenchRunning()
                ? new DecoratingLabelProvider(labels, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()) : labels);
    }
}
