package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.DiffusionLink;
import org.coprod.model.DiffusionMechanism;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.ResourceContribution;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** A comparative brief where one case records far more than a brief can show: the same cap per case as every table. */
class ComparativeSectionsTests {

    private static final int MANY = 1_000;

    /** A copy of a sample case holding 1,000 contributions, benefit and limitation claims and places it travelled to. */
    private static Case crowded() {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case c = EcoreUtil.copy(SampleCases.get("porto-alegre-op"));
        c.getContributions().clear();
        c.getBenefits().clear();
        c.getLimitations().clear();
        c.getDiffusion().clear();
        for (int i = 0; i < MANY; i++) {
            Actor a = f.createActor();
            a.setName("Neighbourhood association " + i);
            a.setType(ActorType.COMMUNITY_ORGANISATION);
            ResourceContribution r = f.createResourceContribution();
            r.setActor(a);
            r.setKind(ContributionKind.MONEY);
            r.setAmount((double) i);
            r.setYear(1990);
            c.getContributions().add(r);
            BenefitClaim b = f.createBenefitClaim();
            b.setBenefit(Benefit.VALUES.get(i % Benefit.VALUES.size()));
            b.setNote("benefit note " + i);
            c.getBenefits().add(b);
            LimitationClaim l = f.createLimitationClaim();
            l.setLimitation(Limitation.VALUES.get(i % Limitation.VALUES.size()));
            l.setNote("limitation note " + i);
            c.getLimitations().add(l);
            DiffusionLink d = f.createDiffusionLink();
            d.setToCountry("BR");
            d.setMechanism(DiffusionMechanism.VALUES.get(0));
            d.setDescription("city " + i);
            c.getDiffusion().add(d);
        }
        return c;
    }

    private static List<Block> after(Brief brief, String heading) {
        List<Block> blocks = brief.blocks();
        int at = 0;
        while (!(blocks.get(at) instanceof Block.Heading h && h.text().equals(heading))) {
            at++;
        }
        List<Block> section = new ArrayList<>();
        for (int i = at + 1; i < blocks.size() && !(blocks.get(i) instanceof Block.Heading); i++) {
            section.add(blocks.get(i));
        }
        return section;
    }

    @Test
    void aCaseWithAThousandContributionsClaimsAndLinksShowsTheFirst200OfEachAndCountsTheRest() throws Exception {
        Case crowded = crowded();
        Case other = EcoreUtil.copy(SampleCases.get("tackley-village-shop"));
        long start = System.nanoTime();
        Brief brief = BriefAssembler.assemble(BriefRequest.of(List.of(crowded, other)).withDetail(BriefDetail.FULL));
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30, "assembled in seconds");

        Block.Table pays = after(brief, "Who pays for what").stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        List<String> firstColumnTexts = pays.rows().stream().map(r -> r.get(1).plainText()).toList();
        assertEquals(200, firstColumnTexts.stream().filter(t -> t.startsWith("Neighbourhood association ")).count());
        assertTrue(firstColumnTexts.contains("… and 800 more contributions (the case records 1,000; a brief shows the first 200)"),
                firstColumnTexts.toString());
        assertEquals(1 + 200 + 1 + other.getContributions().size(), pays.rows().size(), "header, 200 rows, the count, the other case");

        List<String> travelled = after(brief, "What travelled").stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).plainText()).toList();
        assertEquals(200, travelled.stream().filter(t -> t.contains(": city ")).count(), travelled.size() + " items");
        assertEquals(1, travelled.stream().filter(t -> t.startsWith("… and 800 more places ")
                && t.endsWith(" travelled to (the case records 1,000; a brief shows the first 200)")).count(), travelled.toString());
        assertEquals(200 + 1 + other.getDiffusion().size(), travelled.size());

        // One row per code claimed, one tick per case: a thousand claims cannot lengthen the table.
        Block.Table claims = after(brief, "Benefits and limitations across cases").stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow();
        long codes = Benefit.VALUES.size() + Limitation.VALUES.size();
        assertTrue(claims.rows().size() <= 1 + codes, claims.rows().size() + " rows");
        for (List<Block.Cell> row : claims.rows().subList(1, claims.rows().size())) {
            long ticks = row.get(1).plainText().chars().filter(ch -> ch == '✓').count();
            long footnotes = row.get(1).lines().stream().flatMap(List::stream).filter(Inline.Footnote.class::isInstance).count();
            assertTrue(ticks <= 1 && footnotes <= 1, row.get(0).plainText() + ": " + ticks + " ticks, " + footnotes + " footnotes");
        }
        String md = MarkdownWriter.toMarkdown(brief);
        assertTrue(!md.contains("city 999") && !md.contains("Neighbourhood association 999") && !md.contains("benefit note 999"),
                "nothing past the first 200 reaches the brief");
    }
}
