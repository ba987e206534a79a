package org.coprod.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coprod.model.Case;
import org.coprod.model.ResourceContribution;

/** The "who pays for what" figure of a brief: the contributions each case records, counted by contributor type. */
final class PaysFigure {

    private PaysFigure() {
    }

    static Block.Picture of(List<Case> cases, CaseFacts facts) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<String, Integer> byType = new TreeMap<>();
            for (ResourceContribution r : c.getContributions()) {
                byType.merge(facts.contributorType(r), 1, Integer::sum);
            }
            counts.put(CaseFacts.shortName(c), byType);
        }
        String alt = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().entrySet().stream()
                .map(x -> facts.t("figure.paysFrom", x.getValue(), x.getKey())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return new Block.Picture(PaysChart.draw(counts, facts.t("figure.paysAxis"), facts.t("figure.paysAlt", alt)),
                facts.t("figure.pays"));
    }
}
