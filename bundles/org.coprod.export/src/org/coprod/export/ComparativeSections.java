package org.coprod.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coprod.core.Participation;
import org.coprod.export.Block.Cell;
import org.coprod.export.Blocks.TableBuilder;
import org.coprod.model.ActorType;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.ContributionKind;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Level;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;

/** The body of a comparative brief (from key messages to options for the policy team), one column per case where it compares. */
final class ComparativeSections {

    private final BriefRequest request;
    private final List<Case> cases;
    private final Citations citations;
    private final CaseTables tables;
    private final Blocks body;
    private final CaseFacts facts;

    ComparativeSections(BriefRequest request, Citations citations, Blocks body) {
        this.request = request;
        this.cases = request.cases();
        this.citations = citations;
        this.facts = new CaseFacts(request.text());
        this.tables = new CaseTables(citations, facts);
        this.body = body;
    }

    void write() {
        keyMessages();
        whyTheseCases();
        atAGlance();
        context();
        organisation();
        whoPays();
        politics();
        outcomes();
        benefitsAndLimitations();
        lessons();
        transferability();
        options();
    }

    private String t(String key, Object... args) {
        return facts.t(key, args);
    }

    private void keyMessages() {
        body.heading(1, t("h.keyMessages"));
        List<String> messages = request.keyMessages().isEmpty() ? KeyMessages.generate(cases, facts) : request.keyMessages();
        body.bulletTexts(messages);
        body.add(new Block.Contents());
    }

    private void whyTheseCases() {
        body.heading(1, t("h.why"));
        Set<String> sectors = null;
        for (Case c : cases) {
            Set<String> s = c.getSectors().stream().map(facts::literal).collect(Collectors.toCollection(LinkedHashSet::new));
            if (sectors == null) {
                sectors = s;
            } else {
                sectors.retainAll(s);
            }
        }
        Set<String> countries = cases.stream().flatMap(c -> c.getCountries().stream()).map(facts::countryName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> logic = new ArrayList<>();
        logic.add(Selection.cellsSentence(cases, facts));
        logic.add(sectors == null || sectors.isEmpty() ? t("why.sectorsDiffer") : t("why.sectors", String.join(", ", sectors)));
        logic.add(t("why.countries", String.join(", ", countries)));
        List<String> scaled = cases.stream().filter(c -> !CaseFacts.blank(c.getScale())).map(c -> CaseFacts.shortName(c) + " ("
                + c.getScale() + ")").toList();
        if (!scaled.isEmpty()) {
            logic.add(t("why.scale", String.join("; ", scaled)));
        }
        body.paragraph(t("why.lead"));
        body.bulletTexts(logic);
        body.paragraph(List.of(Inline.bold(t("why.cannot") + " "), Inline.plain(t("why.cannotText"))));
    }

    private List<String> caseHeader(String first) {
        List<String> header = new ArrayList<>();
        header.add(first);
        cases.forEach(c -> header.add(CaseFacts.shortName(c)));
        return header;
    }

    private void fieldRow(TableBuilder t, String label, Function<Case, String> value) {
        List<String> row = new ArrayList<>();
        row.add(label);
        cases.forEach(c -> row.add(value.apply(c)));
        t.textRow(row);
    }

    private void atAGlance() {
        body.heading(1, t("h.glance"));
        TableBuilder t = new TableBuilder(t("caption.glanceFull"), true, caseHeader(t("col.field")));
        fieldRow(t, t("row.names"), c -> c.getName() + (c.getAliases().isEmpty() ? "" : " " + t("case.aliases",
                String.join(", ", c.getAliases().stream().limit(3).toList()) + (c.getAliases().size() > 3 ? ", ..." : ""))));
        fieldRow(t, t("row.where"), facts::location);
        fieldRow(t, t("row.sectors"), facts::sectors);
        fieldRow(t, t("row.period"), facts::period);
        fieldRow(t, t("row.initiator"), c -> facts.literal(c.getInitiatorMode()));
        fieldRow(t, t("row.cell"), facts::codings);
        fieldRow(t, t("row.drivers"), facts::drivers);
        fieldRow(t, t("row.coProducers"), facts::coProducers);
        fieldRow(t, t("row.counterpart"), c -> stateCounterpart(c) + facts.stateStance(c));
        fieldRow(t, t("row.scale"), facts::scale);
        fieldRow(t, t("row.outcomes"), facts::headlineOutcomes);
        fieldRow(t, t("row.evidence"), c -> facts.depthRating(c) + ": " + facts.evidence(c));
        List<Cell> sources = new ArrayList<>();
        sources.add(Blocks.cell(t("card.sources")));
        for (Case c : cases) {
            List<Inline> inlines = new ArrayList<>();
            List<String> names = c.getSources().stream().filter(r -> r.getSource() != null)
                    .map(r -> Citations.authorYear(r.getSource())).distinct().toList();
            inlines.add(Inline.plain(names.isEmpty() ? facts.none() : String.join("; ", names)));
            inlines.addAll(citations.citeAll(new ArrayList<SourceRef>(c.getSources())));
            sources.add(Blocks.cell(inlines));
        }
        t.row(sources);
        body.add(t.withoutEmptyRows(facts).build());
        Block.Picture map = MapFigure.of(cases, facts);
        if (map != null) {
            body.add(map);
        }
    }

    private static String stateCounterpart(Case c) {
        return c.getRoles().stream().filter(r -> r.getActor() != null && EnumSet.of(ActorType.LOCAL_GOVERNMENT,
                ActorType.NATIONAL_GOVERNMENT, ActorType.PUBLIC_AGENCY)
                .contains(r.getActor().getType())).map(r -> r.getActor().getName() + "; ").findFirst().orElse("");
    }

    private void context() {
        body.heading(1, t("h.context"));
        for (Case c : cases) {
            if (!CaseFacts.blank(c.getContext())) {
                body.paragraph(List.of(Inline.bold(CaseFacts.shortName(c) + ". "), Inline.content(c.getContext())));
            }
        }
        TableBuilder t = new TableBuilder(t("caption.setting"), true, caseHeader(t("col.dimension")));
        fieldRow(t, t("row.clientelism"), c -> profile(c, facts::clientelism));
        fieldRow(t, t("row.strategy"), c -> profile(c, p -> facts.literals(p.getStrategyContexts())));
        fieldRow(t, t("row.stance"), facts::stateStance);
        fieldRow(t, t("row.networkLevel"), c -> profile(c, p -> facts.literal(p.getNetworkLevel())));
        fieldRow(t, t("row.country"), c -> String.join(", ", c.getCountries().stream().map(facts::countryName).toList()));
        body.add(t.withoutEmptyRows(facts).build());
    }

    private String profile(Case c, Function<PoliticalProfile, String> f) {
        return c.getPoliticalProfile() == null ? facts.none() : f.apply(c.getPoliticalProfile());
    }

    private void organisation() {
        body.heading(1, t("h.organised"));
        body.heading(2, t("h.typologyGrid"));
        body.add(TypologyGrid.of(cases, BriefAssembler.typology(cases), facts));
        body.heading(2, t("h.valueChain"));
        body.paragraph(t("valueChain.lead"));
        body.add(tables.valueChain(cases));
        body.heading(2, t("h.actors"));
        body.add(tables.roles(cases));
    }

    private void whoPays() {
        body.heading(1, t("h.pays"));
        TableBuilder t = tables.contributions(cases);
        if (t.isEmpty()) {
            body.paragraph(t("pays.none"));
        } else {
            body.add(t.build());
        }
        long community = 0;
        long unquantified = 0;
        for (Case c : cases) {
            for (ResourceContribution r : c.getContributions()) {
                if (Participation.isCommunity(r.getActor())) {
                    community++;
                }
                if (r.getAmount() == null || r.getKind() == ContributionKind.LABOUR) {
                    unquantified++;
                }
            }
        }
        body.paragraph(t("pays.share", community, unquantified));
    }

    private void politics() {
        body.heading(1, t("h.politicsFull"));
        TableBuilder t = new TableBuilder(t("caption.politics"), true, caseHeader(t("col.dimension")));
        fieldRow(t, t("row.selfOrganised"), c -> facts.literal(c.getInitiatorMode()));
        fieldRow(t, t("row.network"), c -> profile(c, p -> facts.literal(p.getNetworkLevel())
                + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")));
        fieldRow(t, t("row.savings"), c -> profile(c, p -> facts.savings(p, "✓")));
        fieldRow(t, t("row.data"), c -> profile(c, p -> p.getDataActivities().isEmpty() ? "–"
                : facts.literals(p.getDataActivities())));
        fieldRow(t, t("row.precedent"), c -> profile(c, p -> dash(p.getPrecedent())));
        fieldRow(t, t("row.agreements"), c -> profile(c, p -> dash(p.getAgreementType())));
        List<Cell> stance = new ArrayList<>();
        stance.add(Blocks.cell(t("row.stance")));
        for (Case c : cases) {
            stance.add(tables.cited(facts.stateStance(c), c.getPoliticalProfile() == null ? null : c.getPoliticalProfile()
                    .getSource()));
        }
        t.row(stance);
        fieldRow(t, t("row.confrontation"), c -> profile(c, p -> level(p.getConfrontationLevel())));
        fieldRow(t, t("row.cooptation"), c -> profile(c, p -> level(p.getCooptationRisk())));
        fieldRow(t, t("row.accountability"), c -> profile(c, p -> dash(p.getAccountabilityMechanisms())));
        fieldRow(t, t("row.constituency"), c -> profile(c, p -> dash(p.getConstituency())));
        body.add(t.withoutEmptyRows(facts).build());
    }

    private static String dash(String s) {
        return CaseFacts.blank(s) ? "–" : s;
    }

    private String level(Level l) {
        return l == null || l == Level.UNKNOWN ? "–" : facts.literal(l);
    }

    private void outcomes() {
        body.heading(1, t("h.outcomes"));
        TableBuilder t = tables.outcomes(cases);
        if (t.isEmpty()) {
            body.paragraph(t("outcomes.none"));
        } else {
            body.add(t.build());
        }
        body.paragraph(List.of(Inline.bold(t("case.evidence")), Inline.plain(" " + t("evidence.levels"))));
        body.bullets(cases.stream().map(c -> Blocks.labelled(CaseFacts.shortName(c), facts.depthRating(c) + " — "
                + facts.evidence(c))).toList());
        body.paragraph(t("outcomes.caveatFull"));
    }

    private void benefitsAndLimitations() {
        body.heading(1, t("h.benefits"));
        Map<Benefit, List<BenefitClaim>> benefits = new LinkedHashMap<>();
        Map<Limitation, List<LimitationClaim>> limitations = new LinkedHashMap<>();
        for (Benefit b : Benefit.VALUES) {
            for (Case c : cases) {
                c.getBenefits().stream().filter(x -> x.getBenefit() == b)
                        .forEach(x -> benefits.computeIfAbsent(b, k -> new ArrayList<>()).add(x));
            }
        }
        for (Limitation l : Limitation.VALUES) {
            for (Case c : cases) {
                c.getLimitations().stream().filter(x -> x.getLimitation() == l)
                        .forEach(x -> limitations.computeIfAbsent(l, k -> new ArrayList<>()).add(x));
            }
        }
        if (benefits.isEmpty() && limitations.isEmpty()) {
            body.paragraph(t("benefits.none"));
            return;
        }
        TableBuilder t = new TableBuilder(t("caption.benefits"), true, caseHeader(t("col.claim")));
        benefits.forEach((b, claims) -> t.row(claimRow(t("benefits.benefit", facts.literal(b)),
                claims.stream().map(x -> (EObject) x).toList())));
        limitations.forEach((l, claims) -> t.row(claimRow(t("benefits.limitation", facts.literal(l)),
                claims.stream().map(x -> (EObject) x).toList())));
        body.add(t.build());
    }

    private List<Cell> claimRow(String label, List<EObject> claims) {
        List<Cell> row = new ArrayList<>();
        row.add(Blocks.cell(label));
        for (Case c : cases) {
            List<Inline> inlines = new ArrayList<>();
            for (var claim : claims) {
                if (claim.eContainer() != c) {
                    continue;
                }
                String note = claim instanceof BenefitClaim b ? b.getNote() : ((LimitationClaim) claim).getNote();
                SourceRef source = claim instanceof BenefitClaim b ? b.getSource() : ((LimitationClaim) claim).getSource();
                inlines.add(Inline.plain("✓"));
                inlines.addAll(citations.cite(source)); // the citation in the text; a footnote only for the note
                if (!CaseFacts.blank(note)) {
                    inlines.add(new Inline.Footnote(List.of(Inline.plain(note))));
                }
                break;
            }
            row.add(Blocks.cell(inlines.isEmpty() ? List.of(Inline.plain("")) : inlines));
        }
        return row;
    }

    private void lessons() {
        body.heading(1, t("h.lessons"));
        List<Case> invited = cases.stream().filter(c -> c.getInitiatorMode() == InitiatorMode.STATE_SPONSORED).toList();
        List<Case> selfOrganised = cases.stream().filter(c -> c.getInitiatorMode() == InitiatorMode.SELF_ORGANISED_GRASSROOTS
                || c.getInitiatorMode() == InitiatorMode.COMMUNITY_ORGANISING).toList();
        List<Case> paying = cases.stream()
                .filter(c -> c.getContributions().stream().anyMatch(r -> Participation.isCommunity(r.getActor()))).toList();
        List<Case> data = cases.stream().filter(c -> c.getPoliticalProfile() != null && !c.getPoliticalProfile().getDataActivities()
                .isEmpty()).toList();
        List<Case> clientelist = cases.stream().filter(c -> c.getPoliticalProfile() != null
                && (c.getPoliticalProfile().getClientelistContext() == Level.MEDIUM || c.getPoliticalProfile()
                        .getClientelistContext() == Level.HIGH)).toList();
        theme(t("theme.invited"), invited, t("theme.invitedText"), selfOrganised, t("theme.selfOrganisedText"));
        theme(t("theme.pays"), paying, t("theme.paysText"), List.of(), "");
        theme(t("theme.data"), data, t("theme.dataText"), List.of(), "");
        theme(t("theme.clientelism"), clientelist, t("theme.clientelismText"), List.of(), "");
        if (body.list().get(body.list().size() - 1) instanceof Block.Heading) {
            body.paragraph(t("theme.none"));
        }
    }

    private void theme(String title, List<Case> first, String firstText, List<Case> second, String secondText) {
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        List<Inline> p = new ArrayList<>();
        p.add(Inline.bold(title + (title.endsWith("?") ? " " : ". ")));
        if (!first.isEmpty()) {
            p.add(Inline.plain(t("theme.in", names(first), firstText) + (second.isEmpty() ? "" : " ")));
        }
        if (!second.isEmpty()) {
            p.add(Inline.plain(t("theme.in", names(second), secondText)));
        }
        body.paragraph(p);
    }

    private String names(List<Case> cs) {
        return KeyMessages.names(cs, facts);
    }

    private void transferability() {
        body.heading(1, t("h.transfer"));
        body.heading(2, t("h.travelled"));
        List<List<Inline>> diffusion = new ArrayList<>();
        cases.forEach(c -> diffusion.addAll(Travel.items(c, true, facts)));
        if (diffusion.isEmpty()) {
            body.paragraph(t("travel.none"));
        } else {
            body.bullets(diffusion);
        }
        body.heading(2, t("h.conditions"));
        body.bulletTexts(List.of(t("conditions.officials"), t("conditions.base"), t("conditions.culture"), t("conditions.funds")));
        body.heading(2, t("h.time"));
        body.bulletTexts(cases.stream().map(c -> CaseFacts.shortName(c) + ": " + facts.period(c)).toList());
        body.heading(2, t("h.caveats"));
        List<String> caveats = new ArrayList<>(List.of(t("caveat.context"), t("caveat.topDown")));
        long guesses = cases.stream().flatMap(c -> c.getCodings().stream()).filter(CaseFacts::isGuess).count();
        if (guesses > 0) {
            caveats.add(t("caveat.guesses", guesses));
        }
        body.bulletTexts(caveats);
    }

    private void options() {
        body.heading(1, t("h.options"));
        body.paragraph(t("options.lead"));
        Set<String> cells = new LinkedHashSet<>();
        cases.forEach(c -> c.getCodings().stream().map(TypologyCoding::getCell).filter(x -> x != null)
                .forEach(x -> cells.add(x.getCode())));
        body.bulletTexts(List.of(t("options.cell", String.join(", ", cells)), t("options.pays"), t("options.partner"),
                t("options.accountability"), t("options.volunteers")));
    }
}
