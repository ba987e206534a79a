package org.coprod.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coprod.core.Countries;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

/**
 * The line above the navigator's tree that says which cell (from the matrix) and country (from the map) the tree is kept
 * to, with a link that shows all cases again; hidden while nothing is kept. Spans two columns of its parent's grid.
 */
final class FilterLink {

    private final Link link;
    private final Runnable changed;
    private CaseFilter kept = CaseFilter.NONE;

    FilterLink(Composite parent, Runnable changed) {
        this.changed = changed;
        link = new Link(parent, SWT.NONE);
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        link.addListener(SWT.Selection, e -> keep(CaseFilter.NONE));
        ((GridData) link.getLayoutData()).exclude = true;
        link.setVisible(false);
    }

    /** The cell and country kept to (its text is unused). */
    CaseFilter kept() {
        return kept;
    }

    /** Keeps the tree to another cell or country, says so, and rebuilds the tree. */
    void keep(CaseFilter filter) {
        kept = filter;
        List<String> parts = new ArrayList<>();
        if (kept.cellCode() != null) {
            parts.add("coded in " + kept.cellCode());
        }
        if (kept.country() != null) {
            parts.add("in " + Countries.name(kept.country(), Locale.getDefault()));
        }
        boolean on = !parts.isEmpty();
        link.setText(on ? "Cases " + String.join(", ", parts) + "  <a>Show all</a>" : "");
        link.setVisible(on);
        ((GridData) link.getLayoutData()).exclude = !on;
        link.getParent().layout();
        changed.run();
    }

    /** Forgets the cell and country without rebuilding (another library opened). */
    void reset() {
        kept = CaseFilter.NONE;
        link.setVisible(false);
        ((GridData) link.getLayoutData()).exclude = true;
    }
}
