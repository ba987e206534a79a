package org.coprod.ui.codebook;

import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.AfterTyping;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The Codebook view: the open library's codes as a tree with their colours and counts, their definitions and memos,
 * and the changes to them (new, rename, move by dragging, merge, delete, colour), all undoable. Codes dragged out of it
 * code passages where they are dropped.
 */
public class CodebookView extends LibraryView {

    public static final String ID = "org.coprod.ui.codebookView";
    /** The tree (and its counts) is redrawn once a burst of typing in a definition pauses, not on every key. */
    private static final int REDRAW_DELAY_MS = 250;

    private CodebookPane pane;
    private AfterTyping refreshSoon;

    @Override
    protected void createContent(Composite parent) {
        pane = new CodebookPane(parent, CodebookQuestions.dialogs(() -> getSite().getShell()));
        refreshSoon = new AfterTyping(parent.getDisplay(), REDRAW_DELAY_MS, () -> {
            if (!pane.control().isDisposed()) {
                pane.refresh();
                describe();
            }
        });
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            pane.fillMenu(m);
            m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        pane.tree().viewer().getControl().setMenu(menu.createContextMenu(pane.tree().viewer().getControl()));
        getSite().registerContextMenu(menu, pane.tree().viewer());
        getSite().setSelectionProvider(pane.tree().viewer());
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(pane.newCodeAction());
        bar.add(pane.mergeAction());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), pane.deleteAction());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), pane.renameAction());
    }

    public CodebookPane pane() {
        return pane;
    }

    private void describe() {
        WorkbenchSession s = session();
        if (s == null) {
            setContentDescription(Messages.CodebookView_noLibraryOpen);
        } else if (!s.isLoaded()) {
            setContentDescription(NLS.bind(Messages.CodebookView_loading, s.name()));
        } else {
            int codes = s.library().root().getCodebook() == null ? 0 : s.library().root().getCodebook().getCodes().size();
            setContentDescription(NLS.bind(Messages.CodebookView_codes, s.name(), codes));
        }
    }

    @Override
    protected void activated(WorkbenchSession session) {
        pane.show(session);
        describe();
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        pane.show(session);
        describe();
    }

    @Override
    protected void closed() {
        pane.show(null);
        describe();
    }

    @Override
    protected void stackChanged(WorkbenchSession session) {
        pane.refreshDetails();
        refreshSoon.restart();
    }

    @Override
    public void setFocus() {
        pane.tree().viewer().getControl().setFocus();
    }
}
