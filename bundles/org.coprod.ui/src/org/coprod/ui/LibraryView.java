package org.coprod.ui;

import org.coprod.ui.emf.UndoRedoActions;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the open library. Installed once here instead of in every view: Undo and Redo on the library's command
 * stack (following the library when another one opens), the session observer and its removal. A view opened while a
 * library is already open is told about it as if it had been open when the library came.
 */
public abstract class LibraryView extends ViewPart implements WorkbenchSession.Observer {

    private UndoRedoActions undoRedo;
    private WorkbenchSession session;

    @Override
    public final void createPartControl(Composite parent) {
        createContent(parent);
        WorkbenchSession.follow(this);
    }

    /** The library this view shows, handed to it when it became the open one; null when none is open. */
    protected WorkbenchSession session() {
        return session;
    }

    /** Builds the view's widgets. */
    protected abstract void createContent(Composite parent);

    /** A library became the open one (its summaries are known; it may still be loading). */
    protected void activated(WorkbenchSession session) {
    }

    /** The open library has loaded: its cases can be opened and edited. */
    protected void loaded(WorkbenchSession session) {
    }

    /** Cases were added, removed or changed. */
    protected void casesChanged(WorkbenchSession session) {
    }

    /** The command stack changed: dirty state, undo and redo. */
    protected void stackChanged(WorkbenchSession session) {
    }

    @Override
    public final void sessionActivated(WorkbenchSession session) {
        this.session = session;
        undoRedo = new UndoRedoActions(session.commandStack());
        undoRedo.install(getViewSite().getActionBars());
        activated(session);
    }

    @Override
    public final void sessionClosed() {
        session = null;
        undoRedo = null;
        for (String id : new String[] { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId() }) {
            getViewSite().getActionBars().setGlobalActionHandler(id, null);
        }
        getViewSite().getActionBars().updateActionBars();
        closed();
    }

    /** The library was closed and none replaces it. */
    protected void closed() {
    }

    @Override
    public final void sessionLoaded(WorkbenchSession session) {
        loaded(session);
    }

    @Override
    public final void summariesChanged(WorkbenchSession session) {
        casesChanged(session);
    }

    @Override
    public final void dirtyChanged(WorkbenchSession session) {
        if (undoRedo != null) {
            undoRedo.update();
        }
        stackChanged(session);
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
