package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.model.Case;
import org.coprod.model.SourceRef;

/**
 * The appendix of a short brief: one card per case, at most half a page, with a summary cut to
 * {@link #SUMMARY_WORDS} words and the facts the comparison rests on. A fact the case does not record is left out
 * rather than printed as a blank.
 */
final class CaseCards {

    static final int SUMMARY_WORDS = 70;

    private CaseCards() {
    }

    static void write(List<Case> cases, Citations citations, Blocks body, CaseFacts facts) {
        body.heading(1, facts.t(cases.size() == 1 ? "h.card" : "h.cards"));
        for (Case c : cases) {
            if (cases.size() > 1) {
                body.heading(2, CaseFacts.shortName(c));
            }
            if (!CaseFacts.blank(c.getSummary())) {
                body.paragraph(List.of(Inline.content(PlacementQuotes.trimmed(c.getSummary(), SUMMARY_WORDS))));
            }
            List<List<Inline>> items = new ArrayList<>();
            fact(facts, items, facts.t("card.where"), facts.location(c) + "; " + facts.period(c));
            fact(facts, items, facts.t("card.placement"), facts.codings(c));
            fact(facts, items, facts.t("card.pays"), facts.pays(c).entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
            fact(facts, items, facts.t("card.result"), facts.headlineOutcomes(c));
            fact(facts, items, facts.t("card.stance"), facts.stateStance(c));
            fact(facts, items, facts.t("card.evidence"),
                    c.getEvidence().isEmpty() ? "" : facts.depthRating(c) + " (" + facts.evidence(c) + ")");
            List<Inline> sources = citations.citeAll(new ArrayList<SourceRef>(c.getSources()));
            if (!sources.isEmpty()) {
                items.add(Blocks.concat(List.of(Inline.bold(facts.t("card.sources") + ":")), sources));
            }
            body.bullets(items);
        }
    }

    private static void fact(CaseFacts facts, List<List<Inline>> items, String label, String value) {
        if (!facts.unknown(value) && !value.equals(facts.none() + "; " + facts.none())) {
            items.add(Blocks.labelled(label, value));
        }
    }
}
