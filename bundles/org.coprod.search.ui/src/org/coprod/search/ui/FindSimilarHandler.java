package org.coprod.search.ui;

import org.coprod.model.Case;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Find Similar Cases": shows the precedents of the selected case in the Search view. */
public class FindSimilarHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return null;
        }
        Case c = Adapters.adapt(s.getFirstElement(), Case.class);
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
}
