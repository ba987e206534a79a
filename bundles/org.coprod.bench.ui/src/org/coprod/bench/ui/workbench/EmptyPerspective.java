package org.coprod.bench.ui.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective with nothing in it, for the benchmark's bare-workbench baseline. */
public class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "org.coprod.bench.ui.empty";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
