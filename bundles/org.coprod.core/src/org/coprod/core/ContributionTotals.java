package org.coprod.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.coprod.model.Case;
import org.coprod.model.ContributionKind;
import org.coprod.model.ResourceContribution;

/**
 * Who gives what in a case, totalled by contributor type: money summed per currency, and the contributions without an
 * amount counted in two kinds. Land, labour or expertise without an amount are contributions in kind; money, savings,
 * loans and grants without one are money whose amount nobody recorded, and must not read as "in kind".
 */
public final class ContributionTotals {

    /** Kinds that are sums of money: without an amount, the amount is unknown, not absent. */
    private static final Set<ContributionKind> MONETARY = EnumSet.of(ContributionKind.MONEY, ContributionKind.SAVINGS,
            ContributionKind.LOAN, ContributionKind.GRANT);

    /** The totals of one contributor type. */
    public static final class Line {
        private final Map<String, Double> money = new TreeMap<>();
        private int inKind;
        private int amountNotRecorded;

        public Map<String, Double> money() {
            return money;
        }

        public int inKind() {
            return inKind;
        }

        public int amountNotRecorded() {
            return amountNotRecorded;
        }

        /** "2,500,000 GBP; 1 contribution in kind; 1 contribution with amount not recorded". */
        public String text() {
            List<String> parts = new ArrayList<>();
            money.forEach((currency, sum) -> parts.add(String.format(Locale.ROOT, "%,.0f %s", sum, currency)));
            if (inKind > 0) {
                parts.add(contributions(inKind) + " in kind");
            }
            if (amountNotRecorded > 0) {
                parts.add(contributions(amountNotRecorded) + " with " + AMOUNT_NOT_RECORDED);
            }
            return String.join("; ", parts);
        }
    }

    public static final String AMOUNT_NOT_RECORDED = "amount not recorded";
    public static final String IN_KIND = "in kind";

    private final Map<String, Line> byContributorType = new TreeMap<>();

    private ContributionTotals() {
    }

    public static ContributionTotals of(Case c) {
        ContributionTotals totals = new ContributionTotals();
        for (ResourceContribution r : c.getContributions()) {
            Line line = totals.byContributorType.computeIfAbsent(contributorType(r), k -> new Line());
            if (r.getAmount() != null) {
                line.money.merge(r.getCurrency() == null ? "?" : r.getCurrency(), r.getAmount(), Double::sum);
            } else if (isInKind(r)) {
                line.inKind++;
            } else {
                line.amountNotRecorded++;
            }
        }
        return totals;
    }

    /** Lines by contributor type ("local government", "unknown type", "unknown contributor"), in alphabetical order. */
    public Map<String, Line> byContributorType() {
        return byContributorType;
    }

    /** One indented line per contributor type, or a line saying there are none. */
    public String text() {
        if (byContributorType.isEmpty()) {
            return "  (no contributions recorded)";
        }
        StringBuilder sb = new StringBuilder();
        byContributorType.forEach((type, line) -> sb.append("  ").append(type).append(": ").append(line.text()).append('\n'));
        return sb.toString();
    }

    /**
     * A contribution given in kind rather than in money: a known kind that is not a sum of money. A contribution of no
     * recorded kind is not assumed to be in kind.
     */
    public static boolean isInKind(ResourceContribution r) {
        return r.getKind() != null && !MONETARY.contains(r.getKind());
    }

    /** What stands where a contribution's amount would: "in kind", or "amount not recorded" for money without one. */
    public static String withoutAmount(ResourceContribution r) {
        return isInKind(r) ? IN_KIND : AMOUNT_NOT_RECORDED;
    }

    /** The contributor type a contribution is totalled under: the actor's type, or "unknown type" or "unknown contributor". */
    public static String contributorType(ResourceContribution r) {
        if (r.getActor() == null) {
            return "unknown contributor";
        }
        return r.getActor().getType() == null ? "unknown type" : Labels.of(r.getActor().getType());
    }

    private static String contributions(int n) {
        return n + (n == 1 ? " contribution" : " contributions");
    }
}
