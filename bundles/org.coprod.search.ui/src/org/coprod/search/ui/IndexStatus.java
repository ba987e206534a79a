package org.coprod.search.ui;

import java.io.IOException;

import org.coprod.search.CaseIndex;
import org.eclipse.osgi.util.NLS;
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
        label.setToolTipText(index.problem().orElse(Messages.IndexStatus_tip));
        label.getParent().layout(true, true);
    }

    /** "Search index: 103 cases", "Search index: read-only (…)", "Search index: opening…". */
    static String text(LibraryIndex index) {
        CaseIndex i = index.index().orElse(null);
        if (i == null) {
            return index.library().isPresent() ? Messages.IndexStatus_opening : Messages.IndexStatus_noLibrary;
        }
        int n;
        try {
            n = i.size();
        } catch (IOException | RuntimeException e) {
            return NLS.bind(Messages.IndexStatus_unreadable, e.getMessage());
        }
        String cases = NLS.bind(n == 1 ? Messages.IndexStatus_oneCase : Messages.IndexStatus_cases, n);
        return cases + (i.isWritable() ? "" : Messages.IndexStatus_readOnly)
                + index.problem().map(p -> Messages.IndexStatus_seeTip).orElse("");
    }
}
