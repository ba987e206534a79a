package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.coprod.core.Participation;
import org.coprod.export.Block.Cell;
import org.coprod.export.Blocks.TableBuilder;
import org.coprod.model.Case;
import org.coprod.model.Outcome;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;

/**
 * The body of a short comparative brief, the one a decision maker reads in 4 to 8 pages: key messages and the grid
 * first, then one table per dimension that has data, what travelled, options, and short case cards in an appendix.
 * The full-length body is {@link ComparativeSections}.
 */
final class ComparativeSummary {

    /** Outcomes per case the short brief shows, those with a figure first. */
    static final int OUTCOMES_PER_CASE = 3;

    private final BriefRequest request;
    private final List<Case> cases;
    private final Citations citations;
    private final Blocks body;
    private final CaseFacts facts;

    ComparativeSummary(BriefRequest request, Citations citations, Blocks body) {
        this.request = request;
        this.facts = new CaseFacts(request.text());
        this.cases = request.cases();
        this.citations = citations;
        this.body = body;
    }

    void write() {
        body.heading(1, facts.t("h.keyMessages"));
        body.bulletTexts(request.keyMessages().isEmpty() ? KeyMessages.generate(cases, facts) : request.keyMessages());
        body.heading(1, facts.t("h.grid"));
        body.add(TypologyGrid.of(cases, BriefAssembler.typology(cases), facts));
        body.paragraph(Selection.cellsSentence(cases, facts)); // after the figure, which keeps with its heading
        atAGlance();
        whoPays();
        politics();
        outcomes();
        body.heading(1, facts.t("h.travelled"));
        List<List<Inline>> travelled = Travel.perCase(cases, facts);
        if (travelled.isEmpty()) {
            body.paragraph(facts.t("travel.none"));
        } else {
            body.bullets(travelled);
        }
        body.heading(1, facts.t("h.options"));
        body.paragraph(facts.t("options.lead"));
        body.bulletTexts(List.of(facts.t("options.cell", facts.series(List.copyOf(Selection.byCell(cases).keySet()))),
                facts.t("options.pays"), facts.t("options.partner"), facts.t("options.accountability"), facts.t("options.volunteers")));
        CaseCards.write(cases, citations, body, facts);
    }

    private List<String> header(String first) {
        List<String> header = new ArrayList<>();
        header.add(first);
        cases.forEach(c -> header.add(CaseFacts.shortName(c)));
        return header;
    }

    private void row(TableBuilder t, String label, Function<Case, String> value) {
        List<String> row = new ArrayList<>();
        row.add(label);
        cases.forEach(c -> row.add(value.apply(c)));
        t.textRow(row);
    }

    private void atAGlance() {
        body.heading(1, facts.t("h.glance"));
        TableBuilder t = new TableBuilder(facts.t("caption.glance"), true, header(facts.t("col.field")));
        row(t, facts.t("row.where"), facts::location);
        row(t, facts.t("row.sectors"), facts::sectors);
        row(t, facts.t("row.period"), facts::period);
        row(t, facts.t("row.initiator"), c -> facts.literal(c.getInitiatorMode()));
        row(t, facts.t("row.cell"), facts::codings);
        row(t, facts.t("row.drivers"), facts::drivers);
        row(t, facts.t("row.coProducers"), facts::coProducers);
        row(t, facts.t("row.stance"), facts::stateStance);
        row(t, facts.t("row.scale"), facts::scale);
        row(t, facts.t("row.evidence"), c -> c.getEvidence().isEmpty() ? facts.none()
                : facts.depthRating(c) + " (" + facts.evidence(c) + ")");
        body.add(t.withoutEmptyRows(facts).build());
    }

    private void whoPays() {
        body.heading(1, facts.t("h.pays"));
        List<Case> paying = cases.stream().filter(c -> !c.getContributions().isEmpty()).toList();
        if (paying.isEmpty()) {
            body.paragraph(facts.t("pays.none"));
            return;
        }
        TableBuilder t = new TableBuilder(facts.t("caption.pays"), false,
                List.of(facts.t("col.case"), facts.t("col.contributor"), facts.t("col.total")));
        for (Case c : paying) {
            boolean first = true;
            for (var e : facts.pays(c).entrySet()) {
                t.textRow(List.of(first ? CaseFacts.shortName(c) : "", e.getKey(), e.getValue()));
                first = false;
            }
        }
        body.add(t.build());
        body.add(PaysFigure.of(paying, facts));
        long all = 0;
        long community = 0;
        long withoutAmount = 0;
        for (Case c : cases) {
            for (ResourceContribution r : c.getContributions()) {
                all++;
                community += Participation.isCommunity(r.getActor()) ? 1 : 0;
                withoutAmount += r.getAmount() == null ? 1 : 0;
            }
        }
        body.paragraph(facts.t("pays.counts", all, community, withoutAmount));
    }

    private void politics() {
        TableBuilder t = new TableBuilder(facts.t("caption.politics"), true, header(facts.t("col.dimension")));
        row(t, facts.t("row.network"), c -> profile(c, p -> facts.literal(p.getNetworkLevel())
                + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")));
        row(t, facts.t("row.savings"), c -> profile(c, p -> facts.savings(p, "✓")));
        row(t, facts.t("row.data"), c -> profile(c, p -> p.getDataActivities().isEmpty() ? "" : facts.literals(p.getDataActivities())));
        row(t, facts.t("row.clientelism"), c -> profile(c, p -> facts.literal(p.getClientelistContext())));
        row(t, facts.t("row.precedent"), c -> profile(c, PoliticalProfile::getPrecedent));
        row(t, facts.t("row.agreements"), c -> profile(c, PoliticalProfile::getAgreementType));
        row(t, facts.t("row.confrontation"), c -> profile(c, p -> facts.literal(p.getConfrontationLevel())));
        row(t, facts.t("row.cooptation"), c -> profile(c, p -> facts.literal(p.getCooptationRisk())));
        row(t, facts.t("row.accountability"), c -> profile(c, PoliticalProfile::getAccountabilityMechanisms));
        t.withoutEmptyRows(facts);
        if (!t.isEmpty()) {
            body.heading(1, facts.t("h.politics"));
            body.add(t.build());
        }
    }

    private String profile(Case c, Function<PoliticalProfile, String> f) {
        return c.getPoliticalProfile() == null ? "" : f.apply(c.getPoliticalProfile());
    }

    private void outcomes() {
        body.heading(1, facts.t("h.outcomes"));
        TableBuilder t = new TableBuilder(facts.t("caption.outcomes"), false, List.of(facts.t("col.case"), facts.t("col.outcome"),
                facts.t("col.value"), facts.t("col.year")));
        int hidden = 0;
        for (Case c : cases) {
            List<Outcome> chosen = headline(c);
            hidden += c.getOutcomes().size() - chosen.size();
            boolean first = true;
            for (Outcome o : chosen) {
                List<Cell> row = new ArrayList<>();
                row.add(Blocks.cell(first ? CaseFacts.shortName(c) : ""));
                row.add(Blocks.cell(Blocks.concat(List.of(Inline.plain(CaseFacts.blank(o.getIndicator())
                        ? facts.literal(o.getDomain()) : o.getIndicator())), citations.cite(o.getSource()))));
                row.add(Blocks.cell(o.getValue() == null ? "" : facts.number(o.getValue())
                        + (CaseFacts.blank(o.getUnit()) ? "" : " " + o.getUnit())));
                row.add(Blocks.cell(o.getYear() == null ? facts.t("year.none") : o.getYear().toString()));
                t.row(row);
                first = false;
            }
        }
        if (t.isEmpty()) {
            body.paragraph(facts.t("outcomes.none"));
            return;
        }
        body.add(t.build());
        body.paragraph(hidden == 0 ? facts.t("outcomes.caveat") : facts.t("outcomes.caveatMore", hidden));
    }

    /** Up to {@link #OUTCOMES_PER_CASE} outcomes, those with a figure first, in recorded order. */
    static List<Outcome> headline(Case c) {
        List<Outcome> chosen = new ArrayList<>(
                c.getOutcomes().stream().filter(o -> o.getValue() != null).limit(OUTCOMES_PER_CASE).toList());
        c.getOutcomes().stream().filter(o -> o.getValue() == null).limit(OUTCOMES_PER_CASE - chosen.size()).forEach(chosen::add);
        return chosen;
    }
}
