package org.coprod.ui.navigator;

import java.util.ArrayList;
import java.util.List;

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
    private final java.util.function.Supplier<TreeViewer> tree;

    CaseSelection(java.util.function.Supplier<TreeViewer> tree) {
        this.tree = tree;
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
        WorkbenchSession s = WorkbenchSession.active();
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
        if (sel instanceof IStructuredSelection ss) {
            for (Object o : ss.toList()) {
                if (o instanceof Case c && WorkbenchSession.active() != null) {
                    WorkbenchSession.active().summaries().stream().filter(x -> x.id().equals(c.getId())).findFirst()
                            .ifPresent(summaries::add);
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
