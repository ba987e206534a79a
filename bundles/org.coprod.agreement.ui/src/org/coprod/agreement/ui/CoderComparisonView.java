package org.coprod.agreement.ui;

import java.util.List;

import org.coprod.agreement.Agreement;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.retrieval.Passages;
import org.eclipse.swt.widgets.Composite;

/**
 * The Coder Comparison view: how far the coders of the open library agree, per code and per case-level measure, and
 * where they disagree; a double-click on a passage's disagreement opens its note or document with the passage selected
 * (as the Retrieval view does), on a case-level one its case. Recomputed when the library's cases change
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
        comparison = new CoderComparison(parent, new CoderComparison.Opener() {
            @Override
            public void openCase(String caseId) {
                WorkbenchSession s = session();
                if (s != null && s.isLoaded()) {
                    s.openCase(caseId);
                }
            }

            @Override
            public void openPassage(String caseId, CodableText text, int start, int end) {
                WorkbenchSession s = session();
                Case c = s == null || !s.isLoaded() ? null : s.library().findCase(caseId).orElse(null);
                if (c != null) {
                    Passages.open(getSite().getPage(), s, c, text, start, end);
                }
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
