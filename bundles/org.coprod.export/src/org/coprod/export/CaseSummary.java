package org.coprod.export;

import static org.coprod.export.BriefText.t;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.ContributionTotals;
import org.coprod.core.Labels;
import org.coprod.core.Participation;
import org.coprod.core.ValueChain;
import org.coprod.export.Block.Cell;
import org.coprod.export.Blocks.TableBuilder;
import org.coprod.model.Case;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Outcome;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.ValueChainStage;

/**
 * The body of a short single-case brief, two pages: what was done and by whom, the placement in the grid, who does
 * what at each stage, who pays, results, limits and what others can learn. The full-length body is {@link CaseSections}.
 */
final class CaseSummary {

    static final int OUTCOMES = 3;
    static final int LIMITATIONS = 2;

    private final Case c;
    private final Citations citations;
    private final Blocks body;

    CaseSummary(BriefRequest request, Citations citations, Blocks body) {
        this.c = request.cases().get(0);
        this.citations = citations;
        this.body = body;
    }

    void write() {
        body.heading(1, t("h.summary"));
        body.paragraph(Blocks.concat(List.of(Inline.plain(CaseFacts.orNone(c.getSummary()))),
                citations.citeAll(new ArrayList<SourceRef>(c.getSources()))));
        List<List<Inline>> facts = new ArrayList<>();
        fact(facts, t("card.where"), CaseFacts.location(c) + "; " + CaseFacts.period(c));
        fact(facts, t("row.sectors"), CaseFacts.sectors(c));
        fact(facts, t("row.initiator"), CaseFacts.literal(c.getInitiatorMode()));
        fact(facts, t("row.scale"), CaseFacts.scale(c));
        fact(facts, t("row.stance"), CaseFacts.stateStance(c));
        body.bullets(facts);
        body.heading(1, t("h.coding"));
        body.add(TypologyGrid.of(List.of(c), BriefAssembler.typology(List.of(c)), true));
        List<Inline> coding = new ArrayList<>(Blocks.labelled(t("row.cell"), CaseFacts.codings(c)));
        if (!CaseFacts.unknown(CaseFacts.drivers(c))) {
            coding.addAll(List.of(Inline.plain(". "), Inline.bold(t("row.drivers") + ": "), Inline.plain(CaseFacts.drivers(c))));
        }
        body.paragraph(coding);
        money();
        stages();
        results();
        learning();
    }

    private static void fact(List<List<Inline>> facts, String label, String value) {
        if (!CaseFacts.unknown(value)) {
            facts.add(Blocks.labelled(label, value));
        }
    }

    /** Who does what at each stage, leaving out the stages where nobody is recorded. */
    private void stages() {
        TableBuilder t = new TableBuilder(t("caption.stages"), true, List.of(t("col.stage"), t("col.who"), t("col.side")));
        for (ValueChainStage s : ValueChainStage.VALUES) {
            Participation side = ValueChain.at(c, s, null);
            List<String> names = new ArrayList<>();
            for (Role r : c.getRoles()) {
                if (r.getStages().contains(s) && r.getActor() != null && !names.contains(r.getActor().getName())) {
                    names.add(r.getActor().getName());
                }
            }
            if (side != Participation.NONE || !names.isEmpty()) {
                t.textRow(List.of(Labels.of(s), String.join("; ", names), side.letter()));
            }
        }
        if (!t.isEmpty()) {
            body.heading(1, t("h.stages"));
            body.add(t.build());
        }
    }

    private void money() {
        body.heading(1, t("h.pays"));
        var totals = ContributionTotals.of(c).byContributorType();
        if (totals.isEmpty()) {
            body.paragraph(t("pays.noneOne"));
            return;
        }
        body.bullets(totals.entrySet().stream().map(e -> Blocks.labelled(e.getKey(), e.getValue().text())).toList());
    }

    private void results() {
        body.heading(1, t("h.results"));
        List<Outcome> chosen = c.getOutcomes().stream().sorted((a, b) -> Boolean.compare(a.getValue() == null, b.getValue() == null))
                .limit(OUTCOMES).toList();
        if (chosen.isEmpty()) {
            body.paragraph(t("outcomes.noneOne"));
            return;
        }
        TableBuilder t = new TableBuilder(t("caption.results"), false, List.of(t("col.outcome"), t("col.value"), t("col.year")));
        for (Outcome o : chosen) {
            List<Cell> row = new ArrayList<>();
            row.add(Blocks.cell(Blocks.concat(List.of(Inline.plain(CaseFacts.blank(o.getIndicator()) ? CaseFacts.literal(o.getDomain())
                    : o.getIndicator())), citations.cite(o.getSource()))));
            row.add(Blocks.cell(o.getValue() == null ? "" : CaseFacts.number(o.getValue())
                    + (CaseFacts.blank(o.getUnit()) ? "" : " " + o.getUnit())));
            row.add(Blocks.cell(o.getYear() == null ? t("year.none") : o.getYear().toString()));
            t.row(row);
        }
        body.add(t.build());
        if (c.getOutcomes().size() > chosen.size()) {
            body.paragraph(t("results.more", c.getOutcomes().size() - chosen.size()));
        }
    }

    private void learning() {
        body.heading(1, t("h.learn"));
        List<List<Inline>> items = new ArrayList<>();
        if (c.getPoliticalProfile() != null && !CaseFacts.blank(c.getPoliticalProfile().getPrecedent())) {
            items.add(Blocks.labelled(t("row.precedent"), c.getPoliticalProfile().getPrecedent()));
        }
        for (List<Inline> travelled : Travel.items(c, false)) {
            items.add(Blocks.concat(List.of(Inline.bold(t("learn.travelled") + " ")), travelled));
        }
        for (LimitationClaim l : c.getLimitations().stream().limit(LIMITATIONS).toList()) {
            items.add(Blocks.concat(Blocks.labelled(t("learn.limit", CaseFacts.literal(l.getLimitation())),
                    CaseFacts.blank(l.getNote()) ? "" : l.getNote()), citations.cite(l.getSource())));
        }
        if (!CaseFacts.unknown(CaseFacts.period(c))) {
            items.add(Blocks.labelled(t("learn.time"), CaseFacts.period(c)));
        }
        if (items.isEmpty()) {
            body.paragraph(t("travel.noneOne"));
        } else {
            body.bullets(items);
        }
    }
}
