package org.coprod.search.ui;

import java.io.IOException;

import org.coprod.search.CaseIndex;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The search index's state in the status line: how many cases it holds, whether it can only be read (and why), or
 * that it is still being opened; follows the index as it changes.
 */
public final class IndexStatus extends WorkbenchWindowControlContribution implements LibraryIndex.Listener {

    private Label label;

    @Override
    protected Control createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        LibraryIndex index = LibraryIndex.get();
        index.addListener(this);
        label.addDisposeListener(e -> index.removeListener(this));
        show(index);
        return label;
    }

    @Override
    public void indexChanged(LibraryIndex index) {
        // Told from index jobs as well as the UI thread.
        if (label != null && !label.isDisposed()) {
            label.getDisplay().asyncExec(() -> show(index));
        }
    }

    private void show(LibraryIndex index) {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.setText(text(index));
        label.setToolTipText(index.problem().orElse("The Lucene index of the open library's cases (derived data, rebuilt on demand)"));
        label.getParent().layout(true, true);
    }

    /** "Search index: 103 cases", "Search index: read-only (…)", "Search index: opening…". */
    static String text(LibraryIndex index) {
        CaseIndex i = index.index().orElse(null);
        if (i == null) {
            return index.library().isPresent() ? "Search index: opening…" : "Search index: no library";
        }
        int n;
        try {
            n = i.size();
        } catch (IOException | RuntimeException e) {
            return "Search index: unreadable (" + e.getMessage() + ")";
        }
        return "Search index: " + n + (n == 1 ? " case" : " cases") + (i.isWritable() ? "" : ", read-only")
                + index.problem().map(p -> " — see tooltip").orElse("");
    }
}
