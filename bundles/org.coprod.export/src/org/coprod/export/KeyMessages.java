package org.coprod.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.InitiatorMode;
import org.coprod.model.TypologyCoding;

/**
 * Default key messages for a comparative brief: findings that hold across the chosen cases, each naming the cases
 * behind it (by name, never by id). Each message is said only when the records bear it out. The user replaces them
 * with their own (a parameter of the brief).
 */
public final class KeyMessages {

    private KeyMessages() {
    }

    /** The messages in the language (en, pt, es or fr). */
    public static List<String> generate(List<Case> cases, Locale language) {
        return generate(cases, new CaseFacts(BriefText.of(language)));
    }

    static List<String> generate(List<Case> cases, CaseFacts facts) {
        List<String> messages = new ArrayList<>();
        List<Case> coDelivered = cases.stream().filter(c -> c.getCodings().stream().anyMatch(k -> cellPart(k, 1).matches("D[23]")))
                .toList();
        if (!coDelivered.isEmpty()) {
            messages.add(facts.t("key.coDelivered", count(coDelivered, cases, facts), names(coDelivered, facts)));
        }
        List<Case> coPlanned = cases.stream().filter(c -> c.getCodings().stream().anyMatch(k -> cellPart(k, 0).matches("P[23]"))).toList();
        if (!coPlanned.isEmpty()) {
            messages.add(facts.t("key.coPlanned", count(coPlanned, cases, facts), names(coPlanned, facts)));
        }
        Map<InitiatorMode, List<Case>> byInitiator = new LinkedHashMap<>();
        cases.stream().filter(c -> c.getInitiatorMode() != null)
                .forEach(c -> byInitiator.computeIfAbsent(c.getInitiatorMode(), k -> new ArrayList<>()).add(c));
        if (byInitiator.size() > 1) {
            messages.add(facts.t("key.initiators", byInitiator.entrySet().stream()
                    .map(e -> facts.literal(e.getKey()) + " (" + names(e.getValue(), facts) + ")").collect(Collectors.joining("; "))));
        } else if (byInitiator.size() == 1 && byInitiator.values().iterator().next().size() == cases.size()) {
            messages.add(facts.t("key.sameInitiator", cases.size(), facts.literal(cases.get(0).getInitiatorMode())));
        }
        Map<Benefit, List<Case>> byBenefit = new LinkedHashMap<>();
        for (Case c : cases) {
            c.getBenefits().stream().map(BenefitClaim::getBenefit).filter(Objects::nonNull).distinct()
                    .forEach(b -> byBenefit.computeIfAbsent(b, k -> new ArrayList<>()).add(c));
        }
        byBenefit.entrySet().stream().filter(e -> e.getValue().size() > 1).max(Comparator.comparingInt(e -> e.getValue().size()))
                .ifPresent(e -> messages.add(facts.t("key.sharedBenefit", facts.literal(e.getKey()), count(e.getValue(), cases, facts),
                        names(e.getValue(), facts))));
        evidence(cases, facts).ifPresent(messages::add);
        return messages.size() > 5 ? messages.subList(0, 5) : messages;
    }

    /** Which case's evidence is deepest and which thinnest, or that they are alike; nothing when none is rated. */
    private static Optional<String> evidence(List<Case> cases, CaseFacts facts) {
        List<Case> rated = cases.stream().filter(c -> !c.getEvidence().isEmpty()).collect(Collectors.toCollection(ArrayList::new));
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        rated.sort(Comparator.comparingInt(CaseFacts::depth));
        Case best = rated.get(0);
        Case worst = rated.get(rated.size() - 1);
        if (CaseFacts.depth(best) == CaseFacts.depth(worst)) {
            return Optional.of(facts.t("key.evidenceAlike", count(rated, cases, facts), facts.depthRating(best)));
        }
        return Optional.of(facts.t("key.evidence", CaseFacts.shortName(best), facts.depthRating(best), CaseFacts.shortName(worst),
                facts.depthRating(worst)));
    }

    private static String cellPart(TypologyCoding k, int part) {
        if (k.getCell() == null || k.getCell().getCode() == null || !k.getCell().getCode().contains("-")) {
            return "";
        }
        return k.getCell().getCode().split("-")[part];
    }

    /** "all 3 cases", "2 of the 3 cases". */
    static String count(List<Case> some, List<Case> all, CaseFacts facts) {
        return some.size() == all.size() ? facts.t("count.all", all.size()) : facts.t("count.some", some.size(), all.size());
    }

    /** The cases' short names: "A, B and C". */
    static String names(List<Case> cases, CaseFacts facts) {
        return facts.series(cases.stream().map(CaseFacts::shortName).toList());
    }
}
