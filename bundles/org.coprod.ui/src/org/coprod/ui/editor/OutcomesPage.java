package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__EVIDENCE;
import static org.coprod.model.CoprodPackage.Literals.CASE__OUTCOMES;

import org.coprod.model.Case;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** Outcomes and evidence: what the case achieved, and how that is known (evidence type, collector, date). */
public final class OutcomesPage {

    private OutcomesPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, Messages.OutcomesPage_outcomes, Messages.OutcomesPage_measuredOrReportedResults, () -> c, CASE__OUTCOMES, "domain",
                "indicator", "value", "unit", "year", "evidence");
        form.table(body, Messages.OutcomesPage_evidence, Messages.OutcomesPage_howThingsAboutThis, () -> c, CASE__EVIDENCE, "type",
                "collector", "date",
                "hasComparison", "method", "description");
    }
}
