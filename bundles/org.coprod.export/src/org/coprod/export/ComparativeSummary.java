package org.coprod.export;

import static org.coprod.export.BriefText.t;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.coprod.core.ContributionTotals;
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

    ComparativeSummary(BriefRequest request, Citations citations, Blocks body) {
        this.request = request;
        this.cases = request.cases();
        this.citations = citations;
        this.body = body;
    }

    void write() {
        body.heading(1, t("h.keyMessages"));
        body.bulletTexts(request.keyMessages().isEmpty() ? KeyMessages.generate(cases) : request.keyMessages());
        body.heading(1, t("h.grid"));
        body.add(TypologyGrid.of(cases, BriefAssembler.typology(cases)));
        body.paragraph(Selection.cellsSentence(cases)); // after the figure, which keeps with its heading
        atAGlance();
        whoPays();
        politics();
        outcomes();
        body.heading(1, t("h.travelled"));
        List<List<Inline>> travelled = Travel.perCase(cases);
        if (travelled.isEmpty()) {
            body.paragraph(t("travel.none"));
        } else {
            body.bullets(travelled);
        }
        body.heading(1, t("h.options"));
        body.paragraph(t("options.lead"));
        body.bulletTexts(List.of(t("options.cell", CaseFacts.series(List.copyOf(Selection.byCell(cases).keySet()))),
                t("options.pays"), t("options.partner"), t("options.accountability"), t("options.volunteers")));
        CaseCards.write(cases, citations, body);
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
        body.heading(1, t("h.glance"));
        TableBuilder t = new TableBuilder(t("caption.glance"), true, header(t("col.field")));
        row(t, t("row.where"), CaseFacts::location);
        row(t, t("row.sectors"), CaseFacts::sectors);
        row(t, t("row.period"), CaseFacts::period);
        row(t, t("row.initiator"), c -> CaseFacts.literal(c.getInitiatorMode()));
        row(t, t("row.cell"), CaseFacts::codings);
        row(t, t("row.drivers"), CaseFacts::drivers);
        row(t, t("row.coProducers"), CaseFacts::coProducers);
        row(t, t("row.stance"), CaseFacts::stateStance);
        row(t, t("row.scale"), CaseFacts::scale);
        row(t, t("row.evidence"), c -> c.getEvidence().isEmpty() ? CaseFacts.NONE
                : CaseFacts.depthRating(c) + " (" + CaseFacts.evidence(c) + ")");
        body.add(t.withoutEmptyRows().build());
    }

    private void whoPays() {
        body.heading(1, t("h.pays"));
        List<Case> paying = cases.stream().filter(c -> !c.getContributions().isEmpty()).toList();
        if (paying.isEmpty()) {
            body.paragraph(t("pays.none"));
            return;
        }
        TableBuilder t = new TableBuilder(t("caption.pays"), false, List.of(t("col.case"), t("col.contributor"), t("col.total")));
        for (Case c : paying) {
            boolean first = true;
            for (var e : ContributionTotals.of(c).byContributorType().entrySet()) {
                t.textRow(List.of(first ? CaseFacts.shortName(c) : "", e.getKey(), e.getValue().text()));
                first = false;
            }
        }
        body.add(t.build());
        body.add(PaysFigure.of(paying));
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
        body.paragraph(t("pays.counts", all, community, withoutAmount));
    }

    private void politics() {
        TableBuilder t = new TableBuilder(t("caption.politics"), true, header(t("col.dimension")));
        row(t, t("row.network"), c -> profile(c, p -> CaseFacts.literal(p.getNetworkLevel())
                + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")));
        row(t, t("row.savings"), c -> profile(c, p -> CaseFacts.savings(p, "✓")));
        row(t, t("row.data"), c -> profile(c, p -> p.getDataActivities().isEmpty() ? "" : CaseFacts.literals(p.getDataActivities())));
        row(t, t("row.clientelism"), c -> profile(c, p -> CaseFacts.literal(p.getClientelistContext())));
        row(t, t("row.precedent"), c -> profile(c, PoliticalProfile::getPrecedent));
        row(t, t("row.agreements"), c -> profile(c, PoliticalProfile::getAgreementType));
        row(t, t("row.confrontation"), c -> profile(c, p -> CaseFacts.literal(p.getConfrontationLevel())));
        row(t, t("row.cooptation"), c -> profile(c, p -> CaseFacts.literal(p.getCooptationRisk())));
        row(t, t("row.accountability"), c -> profile(c, PoliticalProfile::getAccountabilityMechanisms));
        t.withoutEmptyRows();
        if (!t.isEmpty()) {
            body.heading(1, t("h.politics"));
            body.add(t.build());
        }
    }

    private static String profile(Case c, Function<PoliticalProfile, String> f) {
        return c.getPoliticalProfile() == null ? "" : f.apply(c.getPoliticalProfile());
    }

    private void outcomes() {
        body.heading(1, t("h.outcomes"));
        TableBuilder t = new TableBuilder(t("caption.outcomes"), false, List.of(t("col.case"), t("col.outcome"), t("col.value"),
                t("col.year")));
        int hidden = 0;
        for (Case c : cases) {
            List<Outcome> chosen = headline(c);
            hidden += c.getOutcomes().size() - chosen.size();
            boolean first = true;
            for (Outcome o : chosen) {
                List<Cell> row = new ArrayList<>();
                row.add(Blocks.cell(first ? CaseFacts.shortName(c) : ""));
                row.add(Blocks.cell(Blocks.concat(List.of(Inline.plain(CaseFacts.blank(o.getIndicator())
                        ? CaseFacts.literal(o.getDomain()) : o.getIndicator())), citations.cite(o.getSource()))));
                row.add(Blocks.cell(o.getValue() == null ? "" : CaseFacts.number(o.getValue())
                        + (CaseFacts.blank(o.getUnit()) ? "" : " " + o.getUnit())));
                row.add(Blocks.cell(o.getYear() == null ? t("year.none") : o.getYear().toString()));
                t.row(row);
                first = false;
            }
        }
        if (t.isEmpty()) {
            body.paragraph(t("outcomes.none"));
            return;
        }
        body.add(t.build());
        body.paragraph(hidden == 0 ? t("outcomes.caveat") : t("outcomes.caveatMore", hidden));
    }

    /** Up to {@link #OUTCOMES_PER_CASE} outcomes, those with a figure first, in recorded order. */
    static List<Outcome> headline(Case c) {
        List<Outcome> chosen = new ArrayList<>(
                c.getOutcomes().stream().filter(o -> o.getValue() != null).limit(OUTCOMES_PER_CASE).toList());
        c.getOutcomes().stream().filter(o -> o.getValue() == null).limit(OUTCOMES_PER_CASE - chosen.size()).forEach(chosen::add);
        return chosen;
    }
}
