package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

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
    private final CaseFacts facts;

    CaseSummary(BriefRequest request, Citations citations, Blocks body) {
        this.c = request.cases().get(0);
        this.facts = new CaseFacts(request.text());
        this.citations = citations;
        this.body = body;
    }

    void write() {
        body.heading(1, facts.t("h.summary"));
        body.paragraph(Blocks.concat(List.of(Inline.content(facts.orNone(c.getSummary()))),
                citations.citeAll(new ArrayList<SourceRef>(c.getSources()))));
        List<List<Inline>> items = new ArrayList<>();
        fact(items, facts.t("card.where"), facts.location(c) + "; " + facts.period(c));
        fact(items, facts.t("row.sectors"), facts.sectors(c));
        fact(items, facts.t("row.initiator"), facts.literal(c.getInitiatorMode()));
        fact(items, facts.t("row.scale"), facts.scale(c));
        fact(items, facts.t("row.stance"), facts.stateStance(c));
        body.bullets(items);
        body.heading(1, facts.t("h.coding"));
        body.add(TypologyGrid.of(List.of(c), BriefAssembler.typology(List.of(c)), true, facts));
        List<Inline> coding = new ArrayList<>(Blocks.labelled(facts.t("row.cell"), facts.codings(c)));
        if (!facts.unknown(facts.drivers(c))) {
            coding.addAll(List.of(Inline.plain(". "), Inline.bold(facts.t("row.drivers") + ": "), Inline.plain(facts.drivers(c))));
        }
        body.paragraph(coding);
        money();
        stages();
        results();
        learning();
    }

    private void fact(List<List<Inline>> items, String label, String value) {
        if (!facts.unknown(value)) {
            items.add(Blocks.labelled(label, value));
        }
    }

    /** Who does what at each stage, leaving out the stages where nobody is recorded. */
    private void stages() {
        TableBuilder t = new TableBuilder(facts.t("caption.stages"), true,
                List.of(facts.t("col.stage"), facts.t("col.who"), facts.t("col.side")));
        for (ValueChainStage s : ValueChainStage.VALUES) {
            Participation side = ValueChain.at(c, s, null);
            List<String> names = new ArrayList<>();
            for (Role r : c.getRoles()) {
                if (r.getStages().contains(s) && r.getActor() != null && !names.contains(r.getActor().getName())) {
                    names.add(r.getActor().getName());
                }
            }
            if (side != Participation.NONE || !names.isEmpty()) {
                t.textRow(List.of(facts.literal(s), String.join("; ", names), side.letter()));
            }
        }
        if (!t.isEmpty()) {
            body.heading(1, facts.t("h.stages"));
            body.add(t.build());
        }
    }

    private void money() {
        body.heading(1, facts.t("h.pays"));
        var totals = facts.pays(c);
        if (totals.isEmpty()) {
            body.paragraph(facts.t("pays.noneOne"));
            return;
        }
        body.bullets(totals.entrySet().stream().map(e -> Blocks.labelled(e.getKey(), e.getValue())).toList());
    }

    private void results() {
        body.heading(1, facts.t("h.results"));
        List<Outcome> chosen = c.getOutcomes().stream().sorted((a, b) -> Boolean.compare(a.getValue() == null, b.getValue() == null))
                .limit(OUTCOMES).toList();
        if (chosen.isEmpty()) {
            body.paragraph(facts.t("outcomes.noneOne"));
            return;
        }
        TableBuilder t = new TableBuilder(facts.t("caption.results"), false,
                List.of(facts.t("col.outcome"), facts.t("col.value"), facts.t("col.year")));
        for (Outcome o : chosen) {
            List<Cell> row = new ArrayList<>();
            row.add(Blocks.cell(Blocks.concat(List.of(Inline.plain(CaseFacts.blank(o.getIndicator()) ? facts.literal(o.getDomain())
                    : o.getIndicator())), citations.cite(o.getSource()))));
            row.add(Blocks.cell(o.getValue() == null ? "" : facts.number(o.getValue())
                    + (CaseFacts.blank(o.getUnit()) ? "" : " " + o.getUnit())));
            row.add(Blocks.cell(o.getYear() == null ? facts.t("year.none") : o.getYear().toString()));
            t.row(row);
        }
        body.add(t.build());
        if (c.getOutcomes().size() > chosen.size()) {
            body.paragraph(facts.t("results.more", c.getOutcomes().size() - chosen.size()));
        }
    }

    private void learning() {
        body.heading(1, facts.t("h.learn"));
        List<List<Inline>> items = new ArrayList<>();
        if (c.getPoliticalProfile() != null && !CaseFacts.blank(c.getPoliticalProfile().getPrecedent())) {
            items.add(Blocks.labelled(facts.t("row.precedent"), c.getPoliticalProfile().getPrecedent()));
        }
        for (List<Inline> travelled : Travel.items(c, false, facts)) {
            items.add(Blocks.concat(List.of(Inline.bold(facts.t("learn.travelled") + " ")), travelled));
        }
        for (LimitationClaim l : c.getLimitations().stream().limit(LIMITATIONS).toList()) {
            items.add(Blocks.concat(Blocks.labelled(facts.t("learn.limit", facts.literal(l.getLimitation())),
                    CaseFacts.blank(l.getNote()) ? "" : l.getNote()), citations.cite(l.getSource())));
        }
        if (!facts.unknown(facts.period(c))) {
            items.add(Blocks.labelled(facts.t("learn.time"), facts.period(c)));
        }
        if (items.isEmpty()) {
            body.paragraph(facts.t("travel.noneOne"));
        } else {
            body.bullets(items);
        }
    }
}
