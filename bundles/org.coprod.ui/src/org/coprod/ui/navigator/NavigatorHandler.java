package org.coprod.ui.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The library navigator's commands that have keys of their own, from anywhere in the window: Find (Ctrl+F) puts the
 * cursor in the navigator's filter, Compare (Ctrl+Shift+M) compares the cases selected there.
 */
public abstract class NavigatorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            run((LibraryNavigator) window.getActivePage().showView(LibraryNavigator.ID));
        } catch (PartInitException e) {
            throw new ExecutionException("The library navigator cannot be shown: " + e.getMessage(), e);
        }
        return null;
    }

    abstract void run(LibraryNavigator navigator);

    /** Edit > Find: the filter box, its text selected so that typing replaces it. */
    public static final class Find extends NavigatorHandler {
        @Override
        void run(LibraryNavigator navigator) {
            navigator.focusFilter();
        }
    }

    /** Compare: the selected cases side by side in the Comparison view. */
    public static final class Compare extends NavigatorHandler {
        @Override
        void run(LibraryNavigator navigator) {
            navigator.compareSelected();
        }
    }
}
