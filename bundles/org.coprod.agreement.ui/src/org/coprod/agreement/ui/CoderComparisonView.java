package org.coprod.agreement.ui;

import java.util.List;

import org.coprod.agreement.Agreement;
import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.swt.widgets.Composite;

/**
 * The Coder Comparison view: how far the coders of the open library agree, per code and per case-level measure, and
 * where they disagree; a double-click on a disagreement opens its case. Recomputed when the library's cases change
 * (a single pass over the library, under a second of CPU for 10,000 cases).
 */
public class CoderComparisonView extends LibraryView {

    public static final String ID = "org.coprod.agreement.ui.coderComparisonView";

    /** Edits come in bursts (each typed word changes a case): the figures are recomputed once the burst is over. */
    static final int QUIET_MS = 800;

    private CoderComparison comparison;
    private final Runnable refreshSoon = () -> {
        WorkbenchSession s = session();
        if (s != null) {
            refresh(s);
        }
    };

    @Override
    protected void createContent(Composite parent) {
        comparison = new CoderComparison(parent, id -> {
            WorkbenchSession s = session();
            if (s != null && s.isLoaded()) {
                s.openCase(id);
            }
        });
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        refresh(session);
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        if (!comparison.isDisposed()) {
            comparison.getDisplay().timerExec(QUIET_MS, refreshSoon); // scheduling it again postpones it
        }
    }

    @Override
    protected void closed() {
        comparison.clear();
    }

    private void refresh(WorkbenchSession session) {
        if (session.isLoaded() && !comparison.isDisposed()) {
            comparison.show(Agreement.inLibrary(session.library().root(), List.of()));
        }
    }

    @Override
    public void setFocus() {
        comparison.setFocus();
    }
}
