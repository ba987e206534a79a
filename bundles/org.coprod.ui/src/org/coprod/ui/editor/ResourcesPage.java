package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__CONTRIBUTIONS;

import java.util.Map;
import java.util.TreeMap;

import org.coprod.model.Case;
import org.coprod.model.ResourceContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Resources: who pays for, or gives, what; with totals by contributor type (money by currency, other kinds counted). */
public final class ResourcesPage {

    private ResourcesPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, "Contributions", "Who gives what: money, savings, land, labour, expertise, data...", () -> c, CASE__CONTRIBUTIONS,
                "actor", "kind", "amount", "currency", "year", "component", "description");
        Label totals = form.toolkit().createLabel(body, "", SWT.WRAP);
        totals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.onRefresh(() -> {
            if (!totals.isDisposed()) {
                totals.setText("Totals by contributor type:\n" + totals(c));
                totals.getParent().layout();
            }
        });
    }

    /** One line per contributor type: amounts summed per currency, and the count of contributions without an amount. */
    public static String totals(Case c) {
        Map<String, Map<String, Double>> money = new TreeMap<>();
        Map<String, Integer> inKind = new TreeMap<>();
        for (ResourceContribution rc : c.getContributions()) {
            String type = rc.getActor() == null ? "unknown contributor"
                    : rc.getActor().getType() == null ? "unknown type" : rc.getActor().getType().getLiteral();
            if (rc.getAmount() != null) {
                money.computeIfAbsent(type, k -> new TreeMap<>()).merge(rc.getCurrency() == null ? "?" : rc.getCurrency(), rc.getAmount(),
                        Double::sum);
            } else {
                inKind.merge(type, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> types = new java.util.TreeSet<>(money.keySet());
        types.addAll(inKind.keySet());
        for (String type : types) {
            sb.append("  ").append(type).append(": ");
            Map<String, Double> m = money.getOrDefault(type, Map.of());
            sb.append(String.join(", ", m.entrySet().stream().map(e -> String.format(java.util.Locale.ROOT, "%,.0f %s", e.getValue(), e.getKey())).toList()));
            int n = inKind.getOrDefault(type, 0);
            if (n > 0) {
                sb.append(m.isEmpty() ? "" : "; ").append(n).append(n == 1 ? " contribution in kind" : " contributions in kind");
            }
            sb.append('\n');
        }
        return sb.length() == 0 ? "  (no contributions recorded)" : sb.toString();
    }
}
