package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__SOURCES;

import org.coprod.model.Case;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** Sources: the references the case is documented from, with locators and quotes. */
public final class SourcesPage {

    private SourcesPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, Messages.CaseEditor_sources, Messages.SourcesPage_pickTheSourceFrom, () -> c, CASE__SOURCES, "source", "locator",
                "quote");
    }
}
