package org.coprod.export;

import static org.coprod.export.BriefText.t;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coprod.core.ContributionTotals;
import org.coprod.model.Case;
import org.coprod.model.ResourceContribution;

/** The "who pays for what" figure of a brief: the contributions each case records, counted by contributor type. */
final class PaysFigure {

    private PaysFigure() {
    }

    static Block.Picture of(List<Case> cases) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<String, Integer> byType = new TreeMap<>();
            for (ResourceContribution r : c.getContributions()) {
                byType.merge(ContributionTotals.contributorType(r), 1, Integer::sum);
            }
            counts.put(CaseFacts.shortName(c), byType);
        }
        String alt = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().entrySet().stream()
                .map(x -> x.getValue() + " from " + x.getKey()).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
        return new Block.Picture(PaysChart.draw(counts, t("figure.paysAxis"), t("figure.paysAlt", alt)), t("figure.pays"));
    }
}
