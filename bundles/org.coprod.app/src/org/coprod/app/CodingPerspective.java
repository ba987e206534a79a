package org.coprod.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Coding perspective: library and codebook on the left, case editor in the middle, typology matrix, retrieval,
 * framework matrix and map on the right, analysis below.
 */
public class CodingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.coprod.app.coding";
    static final String NAVIGATOR = "org.coprod.ui.navigatorView";
    static final String MATRIX = "org.coprod.ui.matrixView";
    static final String COMPARISON = "org.coprod.ui.comparisonView";
    static final String PROBLEMS = "org.coprod.ui.problemsView";
    static final String CODEBOOK = "org.coprod.ui.codebookView";
    static final String RETRIEVAL = "org.coprod.ui.retrievalView";
    static final String FRAMEWORK = "org.coprod.ui.frameworkMatrixView";
    static final String MAP = "org.coprod.ui.mapView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(NAVIGATOR, IPageLayout.LEFT, 0.2f, editors);
        layout.addView(CODEBOOK, IPageLayout.BOTTOM, 0.55f, NAVIGATOR);
        // Retrieval and the framework matrix with the typology matrix, where the window is tallest: each needs its
        // query or its grid above a list, which the bottom folder is too short for.
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editors);
        right.addView(MATRIX);
        right.addView(RETRIEVAL);
        right.addView(FRAMEWORK);
        right.addView(MAP);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editors);
        bottom.addView(PROBLEMS);
        bottom.addView(COMPARISON);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder("org.coprod.search.ui.searchView");
        layout.addShowViewShortcut("org.coprod.search.ui.searchView");
        layout.addShowViewShortcut(NAVIGATOR);
        layout.addShowViewShortcut(MATRIX);
        layout.addShowViewShortcut(COMPARISON);
        layout.addShowViewShortcut(PROBLEMS);
        layout.addShowViewShortcut(CODEBOOK);
        layout.addShowViewShortcut(RETRIEVAL);
        layout.addShowViewShortcut(FRAMEWORK);
        layout.addShowViewShortcut(MAP);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
