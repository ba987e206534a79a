package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.coprod.core.BovairdTypology;
import org.coprod.core.ValueChain;
import org.coprod.export.Inline.Mark;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Assembles briefs from the sample library and checks their content against the brief outline. */
class BriefAssemblerTests {

    private static List<Block.Paragraph> paragraphsAfter(Brief brief, String heading) {
        int at = -1;
        for (int i = 0; i < brief.blocks().size(); i++) {
            if (brief.blocks().get(i) instanceof Block.Heading h && h.text().equals(heading)) {
                at = i;
            }
        }
        List<Block.Paragraph> list = new ArrayList<>();
        for (int i = at + 1; i < brief.blocks().size() && !(brief.blocks().get(i) instanceof Block.Heading); i++) {
            if (brief.blocks().get(i) instanceof Block.Paragraph p) {
                list.add(p);
            }
        }
        return list;
    }

    @Test
    void keyMessagesAreGeneratedWithCaseNamesOrTakenFromTheRequest() throws Exception {
        List<Case> cases = SampleCases.cases(SampleCases.BOVAIRD_FIVE);
        List<Block.Paragraph> generated = paragraphsAfter(BriefAssembler.assemble(BriefRequest.of(cases)
                .withDetail(BriefDetail.FULL)), "Key messages");
        assertTrue(generated.size() >= 3 && generated.size() <= 5, "3 to 5 key messages");
        assertTrue(generated.stream().allMatch(p -> p.kind() == Block.ParagraphKind.BULLET));
        assertTrue(generated.stream().allMatch(p -> cases.stream().anyMatch(c -> p.plainText().contains(CaseFacts.shortName(c)))),
                "each message names the cases behind it");
        assertTrue(generated.stream().noneMatch(p -> SampleCases.BOVAIRD_FIVE.stream().anyMatch(id -> p.plainText().contains(id))),
                "by their names, not their ids");
        List<Block.Paragraph> edited = paragraphsAfter(BriefAssembler.assemble(BriefRequest.of(cases).withDetail(BriefDetail.FULL)
                .withKeyMessages(List.of("Ours first.", "Ours second."))),
                "Key messages");
        assertEquals(List.of("Ours first.", "Ours second."), edited.stream().map(Block.Paragraph::plainText).toList());
    }

    @Test
    void frontMatterStatesTheDefinitionAndTheProvenanceOfCodings() throws Exception {
        Brief brief = BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(SampleCases.BOVAIRD_FIVE)).withDetail(BriefDetail.FULL));
        assertTrue(brief.definition().startsWith("Bovaird (2007)"));
        String provenance = brief.blocks().stream().filter(b -> b instanceof Block.Paragraph p && p.plainText().startsWith("Provenance"))
                .map(b -> ((Block.Paragraph) b).plainText()).findFirst().orElseThrow();
        // Beacon has two coder placements; the other four cases and Beacon's current phase are document-assigned
        assertTrue(provenance.contains("5 typology placements were assigned by the source documents and 2 by a coder"), provenance);
    }

    @Test
    void codingsPrintDocumentAssignedPlainAndCoderGuessesWithQuestionMark() {
        Case beacon = SampleCases.get("beacon-falmouth");
        String text = CaseFacts.english().codings(beacon);
        assertTrue(text.contains("P1-D1? (coder, medium) [start-up]"), text);
        assertTrue(text.contains("P3-D2 (document) [current]"), text);
    }

    @Test
    void valueChainSeparatesServiceComponents() {
        Case opp = SampleCases.get("opp-orangi-sanitation");
        assertEquals(List.of("lane sewers", "trunk sewers"), ValueChain.components(opp));
        // lane sewers: OPP (NGO, professional) and residents plan together; the municipality alone delivers trunk sewers
        assertEquals("C", ValueChain.at(opp, ValueChainStage.PLANNING, "lane sewers").letter());
        assertEquals("P", ValueChain.at(opp, ValueChainStage.DELIVERING, "trunk sewers").letter());
        assertEquals("U", ValueChain.at(opp, ValueChainStage.MANAGING, "lane sewers").letter());
        // a role's remark ("withdrew in the early 1990s") is not a service component
        assertEquals(Collections.singletonList(null), ValueChain.components(SampleCases.get("porto-alegre-op")));
    }

    @Test
    void singleCaseBriefHasNoComparisonSections() throws Exception {
        Brief brief = BriefAssembler.assemble(full(List.of("tackley-village-shop")));
        assertFalse(brief.comparative());
        List<String> headings = brief.headings().stream().filter(h -> h.level() == 1).map(Block.Heading::text).toList();
        assertFalse(headings.contains("Cases at a glance"));
        assertTrue(headings.contains("Money and resources"));
        assertTrue(brief.title().startsWith("Tackley Village Shop"));
    }

    @Test
    void requestWithoutCasesOrWithTooManyIsRefused() {
        BriefException none = assertThrows(BriefException.class,
                () -> BriefAssembler.assemble(BriefRequest.of(List.of()).withDetail(BriefDetail.FULL)));
        assertTrue(none.getMessage().startsWith("No case chosen"));
        List<Case> six = SampleCases.cases(List.of("porto-alegre-op", "sure-start-gateshead", "caterham-barracks", "beacon-falmouth",
                "tackley-village-shop", "villa-family"));
        BriefException many = assertThrows(BriefException.class,
                () -> BriefAssembler.assemble(BriefRequest.of(six).withDetail(BriefDetail.FULL)));
        assertTrue(many.getMessage().contains("at most 5"), many.getMessage());
    }

    @Test
    void noteRendererKeepsTheStructureOfTheNote() {
        List<Block> blocks = new NoteRenderer(3).render(SampleCases.EVERY_CONSTRUCT);
        assertEquals(new Block.Heading(3, "Heading one"), blocks.get(0));
        Block.Paragraph rich = (Block.Paragraph) blocks.get(1);
        // a note is the case's own words: its text is marked as content, in the case's language
        assertTrue(rich.inlines().contains(new Inline.Text("bold", Set.of(Mark.BOLD, Mark.CONTENT))));
        assertTrue(rich.inlines().contains(new Inline.Text("code", Set.of(Mark.CODE, Mark.CONTENT))));
        assertTrue(rich.inlines().stream().anyMatch(i -> i instanceof Inline.Link l && l.url().equals("https://example.org/op")));
        assertTrue(rich.inlines().stream()
                .anyMatch(i -> i instanceof Inline.Footnote f && Inline.plainText(f.content())
                        .equals("The footnote text, with emphasis.")));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Block.Table t && t.rows().size() == 3 && t.headerRows() == 1));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Block.Code c && c.language().equals("java")));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Block.Paragraph p && p.kind() == Block.ParagraphKind.NUMBERED && p.listStart()
                && p.plainText().equals("first")));
    }

    @Test
    void coProducersAreCommunityActorsOnlyNotActorsOfTypeOther() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.getRoles().add(role("Tankers' association", ActorType.BUSINESS_ASSOCIATION));
        c.getRoles().add(role("Someone", ActorType.OTHER));
        c.getRoles().add(role("Accra Metropolitan Assembly", ActorType.LOCAL_GOVERNMENT));
        // export's old rule listed every actor not known to be professional, so "Someone" was a co-producer
        assertEquals("Tankers' association", CaseFacts.english().coProducers(c));
    }

    @Test
    void moneyWithoutAnAmountReadsAmountNotRecordedInTheBrief() {
        ResourceContribution money = CoprodFactory.eINSTANCE.createResourceContribution();
        money.setKind(ContributionKind.MONEY);
        assertEquals("amount not recorded", CaseFacts.english().amount(money));
        money.setKind(ContributionKind.LABOUR);
        assertEquals("in kind", CaseFacts.english().amount(money));
    }

    @Test
    void theBriefShowsTheCellTheRolesGiveWhereTheCoderChoseAnother() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        Role council = role("Gateshead Council", ActorType.LOCAL_GOVERNMENT);
        council.getStages().addAll(List.of(ValueChainStage.PLANNING, ValueChainStage.DELIVERING));
        c.getRoles().add(council);
        TypologyCoding k = CoprodFactory.eINSTANCE.createTypologyCoding();
        k.setCell(BovairdTypology.create().getCells().stream().filter(x -> x.getCode().equals("P1-D2")).findFirst().orElseThrow());
        k.setConfidence(Confidence.MEDIUM);
        c.getCodings().add(k);
        assertEquals("P1-D2? (coder, medium); roles suggest P1-D1", CaseFacts.english().codings(c));
        k.setCell(BovairdTypology.create().getCells().get(0));
        assertEquals("P1-D1? (coder, medium)", CaseFacts.english().codings(c));
    }

    @Test
    void whoPaysCountsUnionsAndBusinessAssociationsAsTheCommunitysShare() throws Exception {
        List<Case> two = SampleCases.cases(List.of("tackley-village-shop", "caterham-barracks")).stream().map(EcoreUtil::copy).toList();
        two.forEach(c -> c.getContributions().clear());
        two.get(0).getContributions().add(contribution("Tankers' association", ActorType.BUSINESS_ASSOCIATION));
        two.get(1).getContributions().add(contribution("Union of neighbourhood associations", ActorType.UNION));
        two.get(1).getContributions().add(contribution("District council", ActorType.LOCAL_GOVERNMENT));
        Brief brief = BriefAssembler.assemble(BriefRequest.of(two).withDetail(BriefDetail.FULL));
        String whoPays = brief.blocks().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).plainText())
                .filter(t -> t.contains("of the recorded contributions come from")).findFirst().orElseThrow();
        // ComparativeSections' own six-type set left both out: "0 of the recorded contributions"
        assertTrue(whoPays.startsWith("2 of the recorded contributions come from users or community organisations"), whoPays);
    }

    private static ResourceContribution contribution(String who, ActorType type) {
        ResourceContribution r = CoprodFactory.eINSTANCE.createResourceContribution();
        r.setActor(role(who, type).getActor());
        r.setKind(ContributionKind.MONEY);
        r.setAmount(1000.0);
        r.setYear(2005);
        return r;
    }

    private static Role role(String name, ActorType type) {
        Actor a = CoprodFactory.eINSTANCE.createActor();
        a.setName(name);
        a.setType(type);
        Role r = CoprodFactory.eINSTANCE.createRole();
        r.setActor(a);
        return r;
    }

    /** The full-length brief of these sample cases. */
    static BriefRequest full(List<String> ids) {
        return BriefRequest.of(SampleCases.cases(ids)).withDetail(BriefDetail.FULL);
    }
}
