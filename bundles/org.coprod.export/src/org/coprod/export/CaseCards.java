package org.coprod.export;

import static org.coprod.export.BriefText.t;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.core.ContributionTotals;
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

    static void write(List<Case> cases, Citations citations, Blocks body) {
        body.heading(1, t(cases.size() == 1 ? "h.card" : "h.cards"));
        for (Case c : cases) {
            if (cases.size() > 1) {
                body.heading(2, CaseFacts.shortName(c));
            }
            if (!CaseFacts.blank(c.getSummary())) {
                body.paragraph(PlacementQuotes.trimmed(c.getSummary(), SUMMARY_WORDS));
            }
            List<List<Inline>> facts = new ArrayList<>();
            fact(facts, t("card.where"), CaseFacts.location(c) + "; " + CaseFacts.period(c));
            fact(facts, t("card.placement"), CaseFacts.codings(c));
            fact(facts, t("card.pays"), ContributionTotals.of(c).byContributorType().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().text()).collect(Collectors.joining("; ")));
            fact(facts, t("card.result"), CaseFacts.headlineOutcomes(c));
            fact(facts, t("card.stance"), CaseFacts.stateStance(c));
            fact(facts, t("card.evidence"), c.getEvidence().isEmpty() ? "" : CaseFacts.depthRating(c) + " (" + CaseFacts.evidence(c) + ")");
            List<Inline> sources = citations.citeAll(new ArrayList<SourceRef>(c.getSources()));
            if (!sources.isEmpty()) {
                facts.add(Blocks.concat(List.of(Inline.bold(t("card.sources") + ":")), sources));
            }
            body.bullets(facts);
        }
    }

    private static void fact(List<List<Inline>> facts, String label, String value) {
        if (!CaseFacts.unknown(value) && !value.equals(CaseFacts.NONE + "; " + CaseFacts.NONE)) {
            facts.add(Blocks.labelled(label, value));
        }
    }
}
