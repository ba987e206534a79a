package org.coprod.ui.retrieval;

import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.AfterTyping;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;

/**
 * The Retrieval view: every coded passage of a code, or of a combination of codes (all of, any of, none of; within the
 * same passage or the same case), across the library's cases, kept to cases of a country, sector or typology cell.
 * Each row shows the passage in its context; double-click opens the text there.
 */
public class RetrievalView extends LibraryView {

    public static final String ID = "org.coprod.ui.retrievalView";
    /** Edits elsewhere retrieve again once they pause: a burst of typing retrieves once. */
    private static final int RERUN_DELAY_MS = 300;

    private RetrievalPane pane;
    private AfterTyping rerun;

    @Override
    protected void createContent(Composite parent) {
        pane = new RetrievalPane(parent);
        rerun = new AfterTyping(parent.getDisplay(), RERUN_DELAY_MS, () -> {
            if (!pane.control().isDisposed()) {
                pane.refresh();
            }
        });
        getSite().setSelectionProvider(pane.table().viewer());
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        pane.table().viewer().getControl().setMenu(menu.createContextMenu(pane.table().viewer().getControl()));
        getSite().registerContextMenu(menu, pane.table().viewer());
    }

    public RetrievalPane pane() {
        return pane;
    }

    @Override
    protected void activated(WorkbenchSession session) {
        pane.show(session);
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        pane.show(session);
    }

    @Override
    protected void closed() {
        pane.show(null);
    }

    @Override
    protected void stackChanged(WorkbenchSession session) {
        rerun.restart();
    }

    @Override
    public void setFocus() {
        pane.table().viewer().getControl().setFocus();
    }
}
