package org.coprod.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;

/** Publishes the tree's selection as the selected cases, for the Properties view, comparison and brief export. */
final class CaseSelection implements ISelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final Supplier<TreeViewer> tree;
    private final Supplier<WorkbenchSession> session;

    /** The navigator's tree and the library it shows (both change while the navigator lives, hence suppliers). */
    CaseSelection(Supplier<TreeViewer> tree, Supplier<WorkbenchSession> session) {
        this.tree = tree;
        this.session = session;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        WorkbenchSession s = session.get();
        List<Object> cases = new ArrayList<>();
        for (Object o : tree.get().getStructuredSelection().toList()) {
            Case c = o instanceof CaseSummary summary && s != null ? s.findCase(summary.id()) : null;
            if (c != null && !cases.contains(c)) {
                cases.add(c);
            }
        }
        return new StructuredSelection(cases);
    }

    @Override
    public void setSelection(ISelection sel) {
        List<Object> summaries = new ArrayList<>();
        WorkbenchSession s = session.get();
        if (sel instanceof IStructuredSelection ss && s != null) {
            for (Object o : ss.toList()) {
                if (o instanceof Case c) {
                    s.summaries().stream().filter(x -> x.id().equals(c.getId())).findFirst().ifPresent(summaries::add);
                }
            }
        }
        tree.get().setSelection(new StructuredSelection(summaries), true);
    }

    void fire() {
        SelectionChangedEvent e = new SelectionChangedEvent(this, getSelection());
        listeners.forEach(l -> l.selectionChanged(e));
    }
}
