package org.coprod.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.InitiatorMode;
import org.coprod.model.TypologyCoding;

/**
 * Default key messages for a comparative brief: findings that hold across the chosen cases, each naming the case ids
 * behind it. The user replaces them with their own (a parameter of the brief).
 */
public final class KeyMessages {

    private KeyMessages() {
    }

    public static List<String> generate(List<Case> cases) {
        List<String> messages = new ArrayList<>();
        List<Case> coDelivered = cases.stream().filter(c -> c.getCodings().stream().anyMatch(k -> cellPart(k, 1).matches("D[23]")))
                .toList();
        if (!coDelivered.isEmpty()) {
            messages.add("Users or communities help deliver the service in " + count(coDelivered, cases) + " (" + ids(coDelivered)
                    + "): co-production here goes beyond consultation.");
        }
        List<Case> coPlanned = cases.stream().filter(c -> c.getCodings().stream().anyMatch(k -> cellPart(k, 0).matches("P[23]"))).toList();
        if (!coPlanned.isEmpty()) {
            messages.add("Users or communities shape planning in " + count(coPlanned, cases) + " (" + ids(coPlanned) + ").");
        }
        Map<InitiatorMode, List<Case>> byInitiator = new LinkedHashMap<>();
        cases.forEach(c -> byInitiator.computeIfAbsent(c.getInitiatorMode(), k -> new ArrayList<>()).add(c));
        if (byInitiator.size() > 1) {
            messages.add("The initiative started in different places: " + byInitiator.entrySet().stream()
                    .map(e -> CaseFacts.literal(e.getKey()) + " (" + ids(e.getValue()) + ")").collect(Collectors.joining(", "))
                    + "; what the state must do differs accordingly.");
        } else if (!byInitiator.isEmpty()) {
            messages.add("All the cases were " + CaseFacts.literal(cases.get(0).getInitiatorMode()) + " (" + ids(cases) + ").");
        }
        Map<Benefit, List<Case>> byBenefit = new LinkedHashMap<>();
        for (Case c : cases) {
            c.getBenefits().stream().map(BenefitClaim::getBenefit).distinct()
                    .forEach(b -> byBenefit.computeIfAbsent(b, k -> new ArrayList<>()).add(c));
        }
        byBenefit.entrySet().stream().filter(e -> e.getValue().size() > 1).max(Comparator.comparingInt(e -> e.getValue().size()))
                .ifPresent(e -> messages.add("A shared benefit: " + e.getKey().getLiteral() + " (" + ids(e.getValue()) + ")."));
        List<Case> ranked = new ArrayList<>(cases);
        ranked.sort(Comparator.comparingInt(
                c -> c.getEvidence().stream().mapToInt(e -> CaseFacts.depthRank(e.getType())).min().orElse(99)));
        Case best = ranked.get(0);
        Case worst = ranked.get(ranked.size() - 1);
        messages.add("Evidence is deepest for " + best.getId() + " (" + CaseFacts.depthRating(best) + ") and thinnest for " + worst.getId()
                + " (" + CaseFacts.depthRating(worst) + "); read the figures as indicative, not as measured effects.");
        return messages.size() > 5 ? messages.subList(0, 5) : messages;
    }

    private static String cellPart(TypologyCoding k, int part) {
        if (k.getCell() == null || k.getCell().getCode() == null || !k.getCell().getCode().contains("-")) {
            return "";
        }
        return k.getCell().getCode().split("-")[part];
    }

    private static String count(List<Case> some, List<Case> all) {
        return some.size() == all.size() ? "all " + all.size() + " cases" : some.size() + " of the " + all.size() + " cases";
    }

    private static String ids(List<Case> cases) {
        return cases.stream().map(Case::getId).collect(Collectors.joining(", "));
    }
}
