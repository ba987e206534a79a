package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.core.Labels;
import org.coprod.core.ValueChain;
import org.coprod.export.Block.ParagraphKind;
import org.coprod.export.Blocks.TableBuilder;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.LimitationClaim;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.ValueChainStage;

/** The body of a single-case brief: its sections from the summary to next steps and open questions. */
final class CaseSections {

    private final Case c;
    private final Citations citations;
    private final CaseTables tables;
    private final Blocks body;

    CaseSections(BriefRequest request, Citations citations, Blocks body) {
        this.c = request.cases().get(0);
        this.citations = citations;
        this.tables = new CaseTables(citations);
        this.body = body;
    }

    void write() {
        header();
        body.heading(1, "Summary");
        body.paragraph(Blocks.concat(List.of(Inline.plain(CaseFacts.orNone(c.getSummary()))),
                citations.citeAll(new ArrayList<SourceRef>(c.getSources()))));
        // no contents list: a single-case brief is a two-page narrative
        problem();
        actors();
        howItWorks();
        coding();
        money();
        organisation();
        relationship();
        results();
        challenges();
        learning();
        voices();
        evidence();
        nextSteps();
    }

    private PoliticalProfile profile() {
        return c.getPoliticalProfile();
    }

    private void header() {
        body.heading(1, "The case");
        body.bullets(List.of(Blocks.labelled("Case", c.getName()
                        + (c.getAliases().isEmpty() ? "" : " (also: " + String.join(", ", c.getAliases()) + ")")),
                Blocks.labelled("Id", c.getId()), Blocks.labelled("Where", CaseFacts.location(c)),
                Blocks.labelled("Sector", CaseFacts.sectors(c)),
                Blocks.labelled("Period", CaseFacts.period(c) + (CaseFacts.blank(c.getPeriodNote()) ? "" : " (" + c.getPeriodNote() + ")")),
                Blocks.labelled("Case type", CaseFacts.literal(c.getCaseType())),
                Blocks.labelled("Sources", c.getSources().stream().filter(r -> r.getSource() != null).map(citations::shortCitation)
                        .distinct().collect(Collectors.joining("; "))),
                Blocks.labelled("Consent for quotes and photos",
                        "not recorded; quotations below are paraphrased or attributed to published sources")));
    }

    private void problem() {
        body.heading(1, "The problem and context");
        body.paragraph(CaseFacts.orNone(c.getContext()));
        if (profile() != null) {
            PoliticalProfile p = profile();
            body.paragraph(Blocks.labelled("Clientelist setting", CaseFacts.literal(p.getClientelistContext())
                    + (CaseFacts.blank(p.getPatronTypes()) ? "" : "; patrons: " + p.getPatronTypes())
                    + (CaseFacts.blank(p.getExchangeGoods()) ? "" : "; exchanged: " + p.getExchangeGoods())));
        }
    }

    private void actors() {
        body.heading(1, "Who is involved");
        if (c.getRoles().isEmpty()) {
            body.paragraph("No actors are recorded.");
        } else {
            body.add(tables.roles(List.of(c)));
        }
    }

    private void howItWorks() {
        body.heading(1, "How it works, step by step");
        TableBuilder t = new TableBuilder("Who does what at each stage (P professionals or state, C jointly, U users or community, "
                + "? type unknown)", true,
                List.of("Stage", "Who", "P/C/U"));
        for (ValueChainStage s : ValueChainStage.VALUES) {
            t.textRow(List.of(Labels.of(s), actorsAt(s), ValueChain.at(c, s, null).letter()));
        }
        body.add(t.build());
    }

    /** Actors recorded at a stage, with their role there, for the "how it works" table. */
    private String actorsAt(ValueChainStage stage) {
        List<String> names = new ArrayList<>();
        for (Role r : c.getRoles()) {
            if (r.getStages().contains(stage) && r.getActor() != null) {
                String s = r.getActor().getName() + " (" + CaseFacts.literal(r.getKind()) + ")";
                if (!names.contains(s)) {
                    names.add(s);
                }
            }
        }
        return names.isEmpty() ? "–" : String.join("; ", names);
    }

    private void coding() {
        body.heading(1, "Typology coding");
        body.add(TypologyGrid.of(List.of(c), BriefAssembler.typology(List.of(c))));
        body.bullets(List.of(Blocks.labelled("Cells", CaseFacts.codings(c)), Blocks.labelled("Drivers", CaseFacts.drivers(c)),
                Blocks.labelled("Initiator", CaseFacts.literal(c.getInitiatorMode()))));
        PlacementQuotes.write(c, citations, body);
        body.paragraph("Justifications and sources for each coding are in the coding log at the end.");
    }

    private void money() {
        body.heading(1, "Money and resources");
        TableBuilder t = tables.contributions(List.of(c));
        if (t.isEmpty()) {
            body.paragraph("No contributions are recorded; volunteer time and savings may go unmeasured.");
        } else {
            body.add(t.build());
        }
    }

    private void organisation() {
        body.heading(1, "Organisation, voice and data");
        PoliticalProfile p = profile();
        if (p == null) {
            body.paragraph("No political profile is recorded.");
            return;
        }
        body.bullets(List.of(Blocks.labelled("Savings groups", CaseFacts.savingsRecorded(p) ? CaseFacts.savings(p, "yes") : CaseFacts.NONE),
                Blocks.labelled("Network links", CaseFacts.literal(p.getNetworkLevel())
                        + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")),
                Blocks.labelled("Accountability", CaseFacts.orNone(p.getAccountabilityMechanisms())),
                Blocks.labelled("Constituency", CaseFacts.orNone(p.getConstituency())),
                Blocks.labelled("Data produced", p.getDataActivities().isEmpty() ? "none recorded"
                        : CaseFacts.literals(p.getDataActivities()))));
    }

    private void relationship() {
        body.heading(1, "Relationship with the state");
        PoliticalProfile p = profile();
        if (p == null) {
            body.paragraph("Not recorded.");
            return;
        }
        body.bullets(List.of(Blocks.labelled("State stance", CaseFacts.literal(p.getStateStance())),
                Blocks.labelled("Agreements", CaseFacts.orNone(p.getAgreementType())),
                Blocks.labelled("Confrontation", CaseFacts.literal(p.getConfrontationLevel())),
                Blocks.labelled("Co-optation risk", CaseFacts.literal(p.getCooptationRisk()))));
    }

    private void results() {
        body.heading(1, "Results");
        TableBuilder t = tables.outcomes(List.of(c));
        if (t.isEmpty()) {
            body.paragraph("No outcomes are recorded.");
        } else {
            body.add(t.build());
        }
    }

    private void challenges() {
        body.heading(1, "Challenges and limitations");
        if (c.getLimitations().isEmpty()) {
            body.paragraph("None recorded.");
        }
        List<List<Inline>> items = new ArrayList<>();
        for (LimitationClaim l : CaseTables.shown(c.getLimitations())) {
            items.add(Blocks.concat(Blocks.labelled(CaseFacts.literal(l.getLimitation()), CaseFacts.blank(l.getNote()) ? "" : l.getNote()),
                    citations.cite(l.getSource())));
        }
        CaseTables.moreItem(items, c.getLimitations().size(), "limitations");
        body.bullets(items);
    }

    private void learning() {
        body.heading(1, "What others can learn");
        List<List<Inline>> items = new ArrayList<>();
        if (profile() != null && !CaseFacts.blank(profile().getPrecedent())) {
            items.add(Blocks.labelled("Precedent demonstrated", profile().getPrecedent()));
        }
        for (BenefitClaim b : CaseTables.shown(c.getBenefits())) {
            items.add(Blocks.concat(Blocks.labelled(CaseFacts.literal(b.getBenefit()), CaseFacts.blank(b.getNote()) ? "" : b.getNote()),
                    citations.cite(b.getSource())));
        }
        CaseTables.moreItem(items, c.getBenefits().size(), "benefits");
        for (List<Inline> travelled : Travel.items(c, false)) {
            items.add(Blocks.concat(List.of(Inline.bold("Travelled ")), travelled));
        }
        items.add(Blocks.labelled("Time it took", CaseFacts.period(c)));
        body.bullets(items);
    }

    private void voices() {
        body.heading(1, "Voices");
        List<SourceRef> quoted = new ArrayList<>();
        c.eAllContents().forEachRemaining(o -> {
            if (o instanceof SourceRef r && !CaseFacts.blank(r.getQuote()) && quoted.size() < 3) {
                quoted.add(r);
            }
        });
        if (quoted.isEmpty()) {
            body.paragraph("No attributed, consented quotations are recorded.");
        }
        for (SourceRef r : quoted) {
            body.paragraph(ParagraphKind.QUOTE,
                    Blocks.concat(List.of(Inline.plain("\u201C" + r.getQuote().strip() + "\u201D")), citations.cite(r)));
        }
    }

    private void evidence() {
        body.heading(1, "Evidence and verification");
        body.paragraph(Blocks.labelled("Evidence strength", CaseFacts.depthRating(c) + " — " + CaseFacts.evidence(c)));
    }

    private void nextSteps() {
        body.heading(1, "Next steps and open questions");
        List<String> gaps = new ArrayList<>();
        if (c.getCodings().stream().anyMatch(CaseFacts::isGuess)) {
            gaps.add("Confirm the coder's typology placement (marked \"?\") with the people involved.");
        }
        if (c.getOutcomes().stream().anyMatch(o -> o.getYear() == null)) {
            gaps.add("Date the outcome figures that have no year.");
        }
        if (c.getOutcomes().stream().noneMatch(o -> o.getBaseline() != null && !o.getBaseline().isBlank())) {
            gaps.add("Find a baseline or comparison for the results.");
        }
        if (c.getContributions().isEmpty()) {
            gaps.add("Record who pays for what, including volunteer time.");
        }
        if (c.getEvidence().stream().noneMatch(e -> CaseFacts.depthRank(e.getType()) <= 1)) {
            gaps.add("Plan a visit or follow-up to deepen the evidence.");
        }
        if (gaps.isEmpty()) {
            gaps.add("Revisit the case for a follow-up of its results.");
        }
        body.bulletTexts(gaps);
    }
}
