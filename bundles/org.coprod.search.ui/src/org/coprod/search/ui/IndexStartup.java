package org.coprod.search.ui;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts keeping the open library's search index when the workbench starts, so that it is up to date before the
 * Search view is first shown and every save from then on is indexed as it happens.
 */
public class IndexStartup implements IStartup {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(LibraryIndex::get);
    }
}
