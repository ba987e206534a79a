package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__CONTRIBUTIONS;

import org.coprod.core.ContributionTotals;
import org.coprod.model.Case;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Resources: who pays for, or gives, what; with totals by contributor type (money by currency, in kind and unrecorded amounts counted). */
public final class ResourcesPage {

    private ResourcesPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, Messages.ResourcesPage_contributions, Messages.ResourcesPage_whoGivesWhatMoney, () -> c, CASE__CONTRIBUTIONS,
                "actor", "kind", "amount", "currency", "year", "component", "description");
        Label totals = form.toolkit().createLabel(body, "", SWT.WRAP);
        totals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.onRefresh(() -> {
            if (!totals.isDisposed()) {
                totals.setText(Messages.ResourcesPage_totals + "\n" + totals(c));
                totals.getParent().layout();
            }
        });
    }

    /**
     * One line per contributor type: amounts summed per currency, contributions in kind counted, and money whose amount
     * nobody recorded counted apart (it is not "in kind").
     */
    public static String totals(Case c) {
        return ContributionTotals.of(c).text();
    }
}
