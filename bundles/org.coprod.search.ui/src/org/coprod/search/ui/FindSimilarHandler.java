package org.coprod.search.ui;

import org.coprod.model.Case;
import org.coprod.search.SearchHit;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Find Similar Cases": shows the precedents of the selected case (or search result) in the Search view. */
public class FindSimilarHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return null;
        }
        Object first = s.getFirstElement();
        Case c = first instanceof SearchHit hit ? caseOf(hit) : Adapters.adapt(first, Case.class);
        if (c == null) {
            return null;
        }
        try {
            SearchView view = (SearchView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(SearchView.ID);
            view.showSimilar(c);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Search view", e);
        }
        return null;
    }

    /** The case a result of the Search view stands for, in the open library. */
    private static Case caseOf(SearchHit hit) {
        WorkbenchSession session = LibraryIndex.get().session().orElse(null);
        return session == null || session.library() == null ? null : session.library().findCase(hit.id()).orElse(null);
    }
}
