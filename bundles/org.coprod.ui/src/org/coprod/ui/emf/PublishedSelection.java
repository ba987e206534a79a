package org.coprod.ui.emf;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** A part's selection that the part sets itself (its case, a table row, the compared cases) and others listen to. */
public final class PublishedSelection implements ISelectionProvider {

    private ISelection current = StructuredSelection.EMPTY;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

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
        return current;
    }

    @Override
    public void setSelection(ISelection s) {
        current = s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, s);
        listeners.forEach(l -> l.selectionChanged(e));
    }
}
