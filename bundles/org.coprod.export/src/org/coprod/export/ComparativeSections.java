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

import org.coprod.core.Labels;
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

    ComparativeSections(BriefRequest request, Citations citations, Blocks body) {
        this.request = request;
        this.cases = request.cases();
        this.citations = citations;
        this.tables = new CaseTables(citations);
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

    private void keyMessages() {
        body.heading(1, "Key messages");
        List<String> messages = request.keyMessages().isEmpty() ? KeyMessages.generate(cases) : request.keyMessages();
        body.bulletTexts(messages);
        body.add(new Block.Contents());
    }

    private void whyTheseCases() {
        body.heading(1, "Why these cases");
        Set<String> sectors = null;
        for (Case c : cases) {
            Set<String> s = c.getSectors().stream().map(x -> Labels.of(x)).collect(Collectors.toCollection(LinkedHashSet::new));
            if (sectors == null) {
                sectors = s;
            } else {
                sectors.retainAll(s);
            }
        }
        Set<String> countries = cases.stream().flatMap(c -> c.getCountries().stream()).map(CaseFacts::countryName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> logic = new ArrayList<>();
        logic.add(Selection.cellsSentence(cases));
        logic.add(sectors == null || sectors.isEmpty() ? "They come from different sectors, so lessons must travel across services."
                : "They share the sector(s) " + String.join(", ", sectors) + ".");
        logic.add("Countries: " + String.join(", ", countries) + ".");
        List<String> scaled = cases.stream().filter(c -> !CaseFacts.blank(c.getScale())).map(c -> CaseFacts.shortName(c) + " ("
                + c.getScale() + ")").toList();
        if (!scaled.isEmpty()) {
            logic.add("Scale: " + String.join("; ", scaled) + ".");
        }
        body.paragraph("The cases were chosen by the brief's author; the grounds the records support are:");
        body.bulletTexts(logic);
        body.paragraph(List.of(Inline.bold("What this selection cannot show: "), Inline.plain(
                "it holds no failed cases and no counterfactual, so it shows what was possible, "
                        + "not what would happen elsewhere or without co-production.")));
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
        body.heading(1, "Cases at a glance");
        TableBuilder t = new TableBuilder("Cases at a glance: one column per case", true, caseHeader("Field"));
        fieldRow(t, "Name, aliases", c -> c.getName() + (c.getAliases().isEmpty() ? "" : " (also: "
                + String.join(", ", c.getAliases().stream().limit(3).toList()) + (c.getAliases().size() > 3 ? ", ..." : "") + ")"));
        fieldRow(t, "Where", CaseFacts::location);
        fieldRow(t, "Sectors", CaseFacts::sectors);
        fieldRow(t, "Period and phases", CaseFacts::period);
        fieldRow(t, "Who initiated it", c -> CaseFacts.literal(c.getInitiatorMode()));
        fieldRow(t, "Bovaird cell (per phase)", CaseFacts::codings);
        fieldRow(t, "Drivers", CaseFacts::drivers);
        fieldRow(t, "Main co-producers", CaseFacts::coProducers);
        fieldRow(t, "State counterpart and stance", c -> stateCounterpart(c) + CaseFacts.stateStance(c));
        fieldRow(t, "Scale", CaseFacts::scale);
        fieldRow(t, "Headline outcomes", CaseFacts::headlineOutcomes);
        fieldRow(t, "Evidence depth", c -> CaseFacts.depthRating(c) + ": " + CaseFacts.evidence(c));
        List<Cell> sources = new ArrayList<>();
        sources.add(Blocks.cell("Sources"));
        for (Case c : cases) {
            List<Inline> inlines = new ArrayList<>();
            List<String> names = c.getSources().stream().filter(r -> r.getSource() != null)
                    .map(r -> Citations.authorYear(r.getSource())).distinct().toList();
            inlines.add(Inline.plain(names.isEmpty() ? CaseFacts.NONE : String.join("; ", names)));
            inlines.addAll(citations.citeAll(new ArrayList<SourceRef>(c.getSources())));
            sources.add(Blocks.cell(inlines));
        }
        t.row(sources);
        body.add(t.withoutEmptyRows().build());
        Block.Picture map = MapFigure.of(cases);
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
        body.heading(1, "Context comparison");
        for (Case c : cases) {
            if (!CaseFacts.blank(c.getContext())) {
                body.paragraph(List.of(Inline.bold(CaseFacts.shortName(c) + ". "), Inline.plain(c.getContext())));
            }
        }
        TableBuilder t = new TableBuilder("Political and institutional setting", true, caseHeader("Dimension"));
        fieldRow(t, "Clientelist context", c -> profile(c, p -> CaseFacts.literal(p.getClientelistContext())
                + (CaseFacts.blank(p.getPatronTypes()) ? "" : "; patrons: " + p.getPatronTypes())
                + (CaseFacts.blank(p.getExchangeGoods()) ? "" : "; exchanged: " + p.getExchangeGoods())));
        fieldRow(t, "Strategy context", c -> profile(c, p -> CaseFacts.literals(p.getStrategyContexts())));
        fieldRow(t, "State stance", CaseFacts::stateStance);
        fieldRow(t, "Network level", c -> profile(c, p -> CaseFacts.literal(p.getNetworkLevel())));
        fieldRow(t, "Country", c -> String.join(", ", c.getCountries().stream().map(CaseFacts::countryName).toList()));
        body.add(t.withoutEmptyRows().build());
    }

    static String profile(Case c, Function<PoliticalProfile, String> f) {
        return c.getPoliticalProfile() == null ? CaseFacts.NONE : f.apply(c.getPoliticalProfile());
    }

    private void organisation() {
        body.heading(1, "How co-production is organised");
        body.heading(2, "Typology grid");
        body.add(TypologyGrid.of(cases, BriefAssembler.typology(cases)));
        body.heading(2, "Value-chain matrix");
        body.paragraph("Who acts at each stage of the service, derived from the recorded roles and the type of each actor "
                + "(professionals from any sector, NGOs included, count as P).");
        body.add(tables.valueChain(cases));
        body.heading(2, "Actors and roles");
        body.add(tables.roles(cases));
    }

    private void whoPays() {
        body.heading(1, "Who pays for what");
        TableBuilder t = tables.contributions(cases);
        if (t.isEmpty()) {
            body.paragraph("No contributions are recorded for these cases.");
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
        body.paragraph(community + " of the recorded contributions come from users or community organisations; " + unquantified
                + " are not quantified or are labour. Volunteer time and savings that fall in other budgets usually go unmeasured, so "
                + "the community share is likely understated.");
    }

    private void politics() {
        body.heading(1, "Politics and relationship with the state");
        TableBuilder t = new TableBuilder("Mitlin's political dimensions (rows with no data for any case are left out)", true,
                caseHeader("Dimension"));
        fieldRow(t, "Self-organised or state-sponsored", c -> CaseFacts.literal(c.getInitiatorMode()));
        fieldRow(t, "Federation or network", c -> profile(c, p -> CaseFacts.literal(p.getNetworkLevel())
                + (CaseFacts.blank(p.getAffiliation()) ? "" : " (" + p.getAffiliation() + ")")));
        fieldRow(t, "Savings scheme and funds", c -> profile(c, p -> CaseFacts.savings(p, "✓")));
        fieldRow(t, "Data activities", c -> profile(c, p -> p.getDataActivities().isEmpty() ? "–"
                : CaseFacts.literals(p.getDataActivities())));
        fieldRow(t, "Precedent demonstrated", c -> profile(c, p -> dash(p.getPrecedent())));
        fieldRow(t, "Formal agreements", c -> profile(c, p -> dash(p.getAgreementType())));
        List<Cell> stance = new ArrayList<>();
        stance.add(Blocks.cell("State stance"));
        for (Case c : cases) {
            stance.add(tables.cited(CaseFacts.stateStance(c), c.getPoliticalProfile() == null ? null : c.getPoliticalProfile()
                    .getSource()));
        }
        t.row(stance);
        fieldRow(t, "Confrontation", c -> profile(c, p -> level(p.getConfrontationLevel())));
        fieldRow(t, "Co-optation risk", c -> profile(c, p -> level(p.getCooptationRisk())));
        fieldRow(t, "Accountability", c -> profile(c, p -> dash(p.getAccountabilityMechanisms())));
        fieldRow(t, "Gender and constituency", c -> profile(c, p -> dash(p.getConstituency())));
        body.add(t.withoutEmptyRows().build());
    }

    private static String dash(String s) {
        return CaseFacts.blank(s) ? "–" : s;
    }

    private static String level(Level l) {
        return l == null || l == Level.UNKNOWN ? "–" : Labels.of(l);
    }

    private void outcomes() {
        body.heading(1, "Outcomes and evidence");
        TableBuilder t = tables.outcomes(cases);
        if (t.isEmpty()) {
            body.paragraph("No outcomes are recorded for these cases.");
        } else {
            body.add(t.build());
        }
        body.paragraph(List.of(Inline.bold("Evidence strength"),
                Inline.plain(" (Bovaird's depth levels: full case study with follow-up; visit and documents; "
                        + "documents and correspondence; practitioner testimony):")));
        body.bullets(cases.stream().map(c -> Blocks.labelled(CaseFacts.shortName(c), CaseFacts.depthRating(c) + " — "
                + CaseFacts.evidence(c))).toList());
        body.paragraph("Figures come from different years and collectors; self-reported figures and possible double counting "
                + "are flagged in the caveats column.");
    }

    private void benefitsAndLimitations() {
        body.heading(1, "Benefits and limitations across cases");
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
            body.paragraph("No benefits or limitations are coded for these cases.");
            return;
        }
        TableBuilder t = new TableBuilder("Benefits and limitations: ✓ claimed for the case (its note, if any, in a footnote)",
                true, caseHeader("Claim"));
        benefits.forEach((b, claims) -> t.row(claimRow("Benefit: " + Labels.of(b), claims.stream().map(x -> (EObject) x).toList())));
        limitations.forEach((l, claims) -> t.row(claimRow("Limitation: " + Labels.of(l), claims.stream().map(x -> (EObject) x).toList())));
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
        body.heading(1, "Thematic lessons");
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
        theme("Invited in, what next?", invited, "the state opened the space; the question is how far users shape what follows.",
                selfOrganised, "communities organised first and then negotiated their place with the state.");
        theme("Who pays for what?", paying, "contributions from users or community groups are recorded.", List.of(), "");
        theme("Collecting and using data", data,
                "the records list data the community produced (enumerations, profiles or maps).", List.of(), "");
        theme("Working with, around and against clientelism", clientelist,
                "the records rate clientelism in the setting as medium or high.", List.of(), "");
        if (body.list().get(body.list().size() - 1) instanceof Block.Heading) {
            body.paragraph("The records of these cases do not yet support a cross-case theme; see the case sections.");
        }
    }

    private void theme(String title, List<Case> first, String firstText, List<Case> second, String secondText) {
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        List<Inline> p = new ArrayList<>();
        p.add(Inline.bold(title + (title.endsWith("?") ? " " : ". ")));
        if (!first.isEmpty()) {
            p.add(Inline.plain("In " + names(first) + ", " + firstText + (second.isEmpty() ? "" : " ")));
        }
        if (!second.isEmpty()) {
            p.add(Inline.plain("In " + names(second) + ", " + secondText));
        }
        body.paragraph(p);
    }

    private static String names(List<Case> cs) {
        return KeyMessages.names(cs);
    }

    private void transferability() {
        body.heading(1, "Transferability and caveats");
        body.heading(2, "What travelled");
        List<List<Inline>> diffusion = new ArrayList<>();
        cases.forEach(c -> diffusion.addAll(Travel.items(c, true)));
        if (diffusion.isEmpty()) {
            body.paragraph(BriefText.t("travel.none"));
        } else {
            body.bullets(diffusion);
        }
        body.heading(2, "What would need to be true here");
        body.bulletTexts(List.of("Sympathetic officials or politicians, and standards flexible enough to accept community work.",
                "An organised base, which may take years to build.", "A political culture that already values participation.",
                "Resources for matching funds, and tolerance for informality in \"good governance\" templates."));
        body.heading(2, "Time to results");
        body.bulletTexts(cases.stream().map(c -> CaseFacts.shortName(c) + ": " + CaseFacts.period(c)).toList());
        body.heading(2, "Caveats");
        List<String> caveats = new ArrayList<>(List.of(
                "Each case is context-specific; recommendations from outsiders are rarely taken up as they stand.",
                "Top-down start-up has brought limited benefits where the community was not organised."));
        long guesses = cases.stream().flatMap(c -> c.getCodings().stream()).filter(CaseFacts::isGuess).count();
        if (guesses > 0) {
            caveats.add(guesses + " typology placement" + (guesses == 1 ? " is a coder's guess" : "s are coders' guesses")
                    + " (marked \"?\").");
        }
        body.bulletTexts(caveats);
    }

    private void options() {
        body.heading(1, "Options and questions for the policy team");
        body.paragraph("These are options with conditions, not prescriptions:");
        Set<String> cells = new LinkedHashSet<>();
        cases.forEach(c -> c.getCodings().stream().map(TypologyCoding::getCell).filter(x -> x != null)
                .forEach(x -> cells.add(x.getCode())));
        body.bulletTexts(List.of("Which typology cell fits the service and its driver? These cases cover " + String.join(", ", cells) + ".",
                "Who contributes what, and who pays for the parts the community cannot?",
                        "Is there an organised partner, or must one be built first?",
                "How will accountability stay clear when roles are shared?", "How will volunteer input be valued and commissioned for?"));
    }
}
