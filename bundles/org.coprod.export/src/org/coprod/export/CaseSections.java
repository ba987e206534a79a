package org.coprod.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    private final CaseFacts facts;

    CaseSections(BriefRequest request, Citations citations, Blocks body) {
        this.c = request.cases().get(0);
        this.citations = citations;
        this.facts = new CaseFacts(request.text());
        this.tables = new CaseTables(citations, facts);
        this.body = body;
    }

    void write() {
        header();
        body.heading(1, t("h.summary"));
        body.paragraph(Blocks.concat(List.of(Inline.content(facts.orNone(c.getSummary()))),
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

    private String t(String key, Object... args) {
        return facts.t(key, args);
    }

    private PoliticalProfile profile() {
        return c.getPoliticalProfile();
    }

    private void header() {
        body.heading(1, t("h.case"));
        body.bullets(List.of(Blocks.labelled(t("col.case"), c.getName()
                        + (c.getAliases().isEmpty() ? "" : " " + t("case.aliases", String.join(", ", c.getAliases())))),
                Blocks.labelled(t("case.id"), c.getId()), Blocks.labelled(t("row.where"), facts.location(c)),
                Blocks.labelled(t("case.sector"), facts.sectors(c)),
                Blocks.labelled(t("case.period"),
                        facts.period(c) + (CaseFacts.blank(c.getPeriodNote()) ? "" : " (" + c.getPeriodNote() + ")")),
                Blocks.labelled(t("case.type"), facts.literal(c.getCaseType())),
                Blocks.labelled(t("card.sources"), c.getSources().stream().filter(r -> r.getSource() != null).map(citations::shortCitation)
                        .distinct().collect(Collectors.joining("; "))),
                Blocks.labelled(t("case.consent"), t("case.consentNone"))));
    }

    private void problem() {
        body.heading(1, t("h.problem"));
        body.paragraph(List.of(Inline.content(facts.orNone(c.getContext()))));
        if (profile() != null) {
            PoliticalProfile p = profile();
            body.paragraph(Blocks.labelled(t("case.clientelism"), facts.clientelism(p)));
        }
    }

    private void actors() {
        body.heading(1, t("h.involved"));
        if (c.getRoles().isEmpty()) {
            body.paragraph(t("case.noActors"));
        } else {
            body.add(tables.roles(List.of(c)));
        }
    }

    private void howItWorks() {
        body.heading(1, t("h.howItWorks"));
        TableBuilder t = new TableBuilder(t("caption.stagesFull"), true, List.of(t("col.stage"), t("col.who"), t("col.side")));
        for (ValueChainStage s : ValueChainStage.VALUES) {
            t.textRow(List.of(facts.literal(s), actorsAt(s), ValueChain.at(c, s, null).letter()));
        }
        body.add(t.build());
    }

    /** Actors recorded at a stage, with their role there, for the "how it works" table. */
    private String actorsAt(ValueChainStage stage) {
        List<String> names = new ArrayList<>();
        for (Role r : c.getRoles()) {
            if (r.getStages().contains(stage) && r.getActor() != null) {
                String s = r.getActor().getName() + " (" + facts.literal(r.getKind()) + ")";
                if (!names.contains(s)) {
                    names.add(s);
                }
            }
        }
        return names.isEmpty() ? "–" : String.join("; ", names);
    }

    private void coding() {
        body.heading(1, t("h.coding"));
        body.add(TypologyGrid.of(List.of(c), BriefAssembler.typology(List.of(c)), facts));
        body.bullets(List.of(Blocks.labelled(t("case.cells"), facts.codings(c)), Blocks.labelled(t("row.drivers"), facts.drivers(c)),
                Blocks.labelled(t("case.initiator"), facts.literal(c.getInitiatorMode()))));
        PlacementQuotes.write(c, citations, body, facts);
        body.paragraph(t("case.codingLog"));
    }

    private void money() {
        body.heading(1, t("h.money"));
        TableBuilder t = tables.contributions(List.of(c));
        if (t.isEmpty()) {
            body.paragraph(t("pays.noneOne"));
        } else {
            body.add(t.build());
        }
    }

    private void organisation() {
        body.heading(1, t("h.organisation"));
        PoliticalProfile p = profile();
        if (p == null) {
            body.paragraph(t("case.noProfile"));
            return;
        }
        String savings = CaseFacts.savingsRecorded(p) ? facts.savings(p, t("case.yes")) : facts.none();
        body.bullets(List.of(Blocks.labelled(t("case.savings"), savings),
                Blocks.labelled(t("case.network"), facts.literal(p.getNetworkLevel())
                        + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")),
                Blocks.labelled(t("row.accountability"), facts.orNone(p.getAccountabilityMechanisms())),
                Blocks.labelled(t("case.constituency"), facts.orNone(p.getConstituency())),
                Blocks.labelled(t("case.data"), p.getDataActivities().isEmpty() ? t("case.noData")
                        : facts.literals(p.getDataActivities()))));
    }

    private void relationship() {
        body.heading(1, t("h.state"));
        PoliticalProfile p = profile();
        if (p == null) {
            body.paragraph(t("case.noState"));
            return;
        }
        body.bullets(List.of(Blocks.labelled(t("row.stance"), facts.literal(p.getStateStance())),
                Blocks.labelled(t("case.agreements"), facts.orNone(p.getAgreementType())),
                Blocks.labelled(t("row.confrontation"), facts.literal(p.getConfrontationLevel())),
                Blocks.labelled(t("row.cooptation"), facts.literal(p.getCooptationRisk()))));
    }

    private void results() {
        body.heading(1, t("h.results"));
        TableBuilder t = tables.outcomes(List.of(c));
        if (t.isEmpty()) {
            body.paragraph(t("outcomes.noneOne"));
        } else {
            body.add(t.build());
        }
    }

    private void challenges() {
        body.heading(1, t("h.challenges"));
        if (c.getLimitations().isEmpty()) {
            body.paragraph(t("case.noLimitations"));
        }
        List<List<Inline>> items = new ArrayList<>();
        for (LimitationClaim l : CaseTables.shown(c.getLimitations())) {
            items.add(Blocks.concat(Blocks.labelled(facts.literal(l.getLimitation()), CaseFacts.blank(l.getNote()) ? "" : l.getNote()),
                    citations.cite(l.getSource())));
        }
        facts.moreItem(items, c.getLimitations().size(), t("more.limitations"));
        body.bullets(items);
    }

    private void learning() {
        body.heading(1, t("h.learn"));
        List<List<Inline>> items = new ArrayList<>();
        if (profile() != null && !CaseFacts.blank(profile().getPrecedent())) {
            items.add(Blocks.labelled(t("row.precedent"), profile().getPrecedent()));
        }
        for (BenefitClaim b : CaseTables.shown(c.getBenefits())) {
            items.add(Blocks.concat(Blocks.labelled(facts.literal(b.getBenefit()), CaseFacts.blank(b.getNote()) ? "" : b.getNote()),
                    citations.cite(b.getSource())));
        }
        facts.moreItem(items, c.getBenefits().size(), t("more.benefits"));
        for (List<Inline> travelled : Travel.items(c, false, facts)) {
            items.add(Blocks.concat(List.of(Inline.bold(t("learn.travelled") + " ")), travelled));
        }
        items.add(Blocks.labelled(t("learn.time"), facts.period(c)));
        body.bullets(items);
    }

    private void voices() {
        body.heading(1, t("h.voices"));
        List<SourceRef> quoted = new ArrayList<>();
        c.eAllContents().forEachRemaining(o -> {
            if (o instanceof SourceRef r && !CaseFacts.blank(r.getQuote()) && quoted.size() < 3) {
                quoted.add(r);
            }
        });
        if (quoted.isEmpty()) {
            body.paragraph(t("case.noQuotes"));
        }
        for (SourceRef r : quoted) {
            body.paragraph(ParagraphKind.QUOTE,
                    Blocks.concat(List.of(Inline.content("\u201C" + r.getQuote().strip() + "\u201D")), citations.cite(r)));
        }
    }

    private void evidence() {
        body.heading(1, t("h.evidence"));
        body.paragraph(Blocks.labelled(t("case.evidence"), facts.depthRating(c) + " — " + facts.evidence(c)));
    }

    private void nextSteps() {
        body.heading(1, t("h.next"));
        List<String> gaps = new ArrayList<>();
        if (c.getCodings().stream().anyMatch(CaseFacts::isGuess)) {
            gaps.add(t("next.confirm"));
        }
        if (c.getOutcomes().stream().anyMatch(o -> o.getYear() == null)) {
            gaps.add(t("next.date"));
        }
        if (c.getOutcomes().stream().noneMatch(o -> o.getBaseline() != null && !o.getBaseline().isBlank())) {
            gaps.add(t("next.baseline"));
        }
        if (c.getContributions().isEmpty()) {
            gaps.add(t("next.pays"));
        }
        if (c.getEvidence().stream().noneMatch(e -> CaseFacts.depthRank(e.getType()) <= 1)) {
            gaps.add(t("next.visit"));
        }
        if (gaps.isEmpty()) {
            gaps.add(t("next.revisit"));
        }
        body.bulletTexts(gaps);
    }
}
