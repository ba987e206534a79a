package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Each statement a brief generates, checked on the sample library and on a small hand-made library where the opposite
 * holds: what travelled, blank fields, counted cells, names in prose, whole sentences, rows with data.
 */
class BriefTruthTests {

    static final List<String> THREE = List.of("opp-orangi-sanitation", "porto-alegre-op", "tackley-village-shop");

    static Brief brief(List<Case> cases, BriefDetail detail) throws BriefException {
        return BriefAssembler.assemble(BriefRequest.of(cases).withDetail(detail));
    }

    /** The text of the blocks under a heading, up to the next heading of the same or a higher level. */
    static String section(Brief brief, String heading) {
        List<Block> blocks = brief.blocks();
        int at = 0;
        while (at < blocks.size() && !(blocks.get(at) instanceof Block.Heading h && h.text().equals(heading))) {
            at++;
        }
        assertTrue(at < blocks.size(), "no section " + heading + " in " + brief.headings());
        int level = ((Block.Heading) blocks.get(at)).level();
        StringBuilder b = new StringBuilder();
        for (int i = at + 1; i < blocks.size() && !(blocks.get(i) instanceof Block.Heading h && h.level() <= level); i++) {
            b.append(text(blocks.get(i))).append('\n');
        }
        return b.toString();
    }

    static String text(Block b) {
        return switch (b) {
            case Block.Paragraph p -> p.plainText();
            case Block.Heading h -> h.text();
            case Block.Table t -> t.rows().stream().map(r -> r.stream().map(Block.Cell::plainText).collect(Collectors.joining(" | ")))
                    .collect(Collectors.joining("\n"));
            case Block.Grid g -> text(g.table()) + "\n" + Inline.plainText(g.legend());
            case Block.Picture p -> p.caption();
            case Block.Code c -> c.text();
            case Block.Contents c -> "";
        };
    }

    static String all(Brief brief) {
        return brief.blocks().stream().map(BriefTruthTests::text).collect(Collectors.joining("\n"));
    }

    /** A copy outside any library: no child cases, no diffusion links. */
    static Case alone(String id) {
        Case c = EcoreUtil.copy(SampleCases.get(id));
        c.getDiffusion().clear();
        return c;
    }

    @Test
    void whatTravelledNamesTheChildCasesOfTheComparedCases() throws Exception {
        for (BriefDetail detail : BriefDetail.values()) {
            Brief b = brief(SampleCases.cases(THREE), detail);
            String travelled = section(b, "What travelled");
            assertFalse(travelled.contains("No diffusion"), travelled);
            assertTrue(travelled.contains("Replication of the OPP sanitation model"), travelled);
            assertTrue(travelled.contains("Diffusion of participatory budgeting"), travelled);
        }
    }

    @Test
    void whatTravelledSaysNothingIsRecordedWhereNothingIs() throws Exception {
        Brief b = brief(List.of(alone("opp-orangi-sanitation"), alone("tackley-village-shop")), BriefDetail.SHORT);
        assertEquals("No diffusion link and no case grown out of these cases is recorded.\n", section(b, "What travelled"));
    }

    @Test
    void singleCaseBriefListsTheCasesGrownOutOfIt() throws Exception {
        Brief b = brief(SampleCases.cases(List.of("opp-orangi-sanitation")), BriefDetail.SHORT);
        assertTrue(section(b, "What others can learn").contains("Replication of the OPP sanitation model"));
    }

    @Test
    void aBlankSavingsFieldIsNeverPrintedAsNo() throws Exception {
        for (BriefDetail detail : BriefDetail.values()) {
            for (List<String> ids : List.of(THREE, List.of("tackley-village-shop"), SampleCases.BOVAIRD_FIVE)) {
                String text = all(brief(SampleCases.cases(ids), detail));
                assertFalse(text.contains("✗"), ids + " " + detail);
                assertFalse(text.matches("(?s).*Savings groups: no\\b.*"), ids + " " + detail);
            }
        }
    }

    @Test
    void aRecordedSavingsSchemeIsTicked() throws Exception {
        Case a = alone("tackley-village-shop");
        Case b = alone("caterham-barracks");
        PoliticalProfile p = a.getPoliticalProfile() != null ? a.getPoliticalProfile() : CoprodFactory.eINSTANCE.createPoliticalProfile();
        p.setSavingsScheme(true);
        p.setSavingsMembers(120);
        a.setPoliticalProfile(p);
        String politics = section(brief(List.of(a, b), BriefDetail.SHORT), "Politics and the state");
        assertTrue(politics.contains("Savings scheme and funds | ✓, 120 members"), politics);
    }

    @Test
    void onePerCellIsSaidOnlyWhenEachCaseHasItsOwnCell() throws Exception {
        Brief five = brief(SampleCases.cases(SampleCases.BOVAIRD_FIVE), BriefDetail.SHORT);
        String grid = section(five, "Where the cases sit in the typology");
        long cells = SampleCases.cases(SampleCases.BOVAIRD_FIVE).stream().flatMap(c -> c.getCodings().stream())
                .map(k -> k.getCell().getCode()).distinct().count();
        // Beacon sits in three cells over its phases: the five cases cover more cells than there are cases
        assertFalse(grid.contains("one case per cell"), grid);
        assertTrue(grid.contains("The 5 cases sit in " + cells + " cells"), grid);
        assertTrue(grid.contains("Beacon Community Regeneration Partnership, Falmouth sits in more than one cell"), grid);

        Case a = alone("tackley-village-shop");
        Case b = alone("porto-alegre-op");
        keepFirstCoding(a);
        keepFirstCoding(b);
        String two = section(brief(List.of(a, b), BriefDetail.SHORT), "Where the cases sit in the typology");
        assertTrue(two.contains("The 2 cases sit in 2 cells of the typology (P2-D3, P2-D1), one case per cell"), two);

        Case c = alone("tackley-village-shop");
        keepFirstCoding(c);
        c.setId("tackley-copy");
        c.setName("Another village shop");
        String shared = section(brief(List.of(a, c), BriefDetail.SHORT), "Where the cases sit in the typology");
        assertTrue(shared.contains("sit in one cell")
                && shared.contains("P2-D3 holds " + CaseFacts.shortName(a) + " and Another village shop"),
                shared);
    }

    private static void keepFirstCoding(Case c) {
        TypologyCoding first = c.getCodings().get(0);
        c.getCodings().retainAll(List.of(first));
    }

    @Test
    void proseNamesCasesNeverByTheirIds() throws Exception {
        for (List<String> ids : List.of(THREE, SampleCases.BOVAIRD_FIVE)) {
            List<Case> cases = SampleCases.cases(ids);
            for (BriefDetail detail : BriefDetail.values()) {
                Brief b = brief(cases, detail);
                List<String> prose = new ArrayList<>();
                for (Block block : b.blocks()) {
                    if (block instanceof Block.Paragraph p) {
                        prose.add(p.plainText());
                    }
                }
                for (String id : ids) {
                    for (String p : prose) {
                        assertFalse(p.matches("(?s).*\\b" + id + "\\b.*"), id + " in: " + p);
                    }
                }
            }
        }
    }

    @Test
    void themeSentencesAreWholeSentences() throws Exception {
        Brief b = brief(SampleCases.cases(List.of("opp-orangi-sanitation", "namibia-sdfn-windhoek", "porto-alegre-op")), BriefDetail.FULL);
        String lessons = section(b, "Thematic lessons");
        assertFalse(lessons.contains("clientelism In"), lessons);
        for (String line : lessons.split("\n")) {
            assertTrue(line.isEmpty() || line.matches("[^.?]+[.?] In .*[.]"), line);
        }
    }

    @Test
    void noComparisonRowIsEmptyForEveryCase() throws Exception {
        for (BriefDetail detail : BriefDetail.values()) {
            for (Block block : brief(SampleCases.cases(THREE), detail).blocks()) {
                if (block instanceof Block.Table t && t.rowHeaders()) {
                    for (List<Block.Cell> row : t.rows().subList(1, t.rows().size())) {
                        boolean empty = row.stream().skip(1).allMatch(c -> c.plainText().isBlank() || c.plainText().equals("–")
                                || c.plainText().equals("not recorded"));
                        assertFalse(empty && row.size() > 2, t.caption() + ": " + row.get(0).plainText());
                    }
                }
            }
        }
    }

    @Test
    void aRowShowsWhenOneCaseHasData() throws Exception {
        Case a = alone("tackley-village-shop");
        Case b = alone("caterham-barracks");
        String before = section(brief(List.of(a, b), BriefDetail.SHORT), "Cases at a glance");
        a.setScale("about 1,000 villagers");
        String after = section(brief(List.of(a, b), BriefDetail.SHORT), "Cases at a glance");
        assertTrue(after.contains("Scale | about 1,000 villagers"), after);
        assertTrue(before.contains("Scale |") == !CaseFacts.english().unknown(SampleCases.get("caterham-barracks").getScale())
                || !CaseFacts.english().unknown(SampleCases.get("tackley-village-shop").getScale()), before);
    }

    @Test
    void eachSourceIsOneNumberedReferenceAndOrganisationsKeepTheirNames() throws Exception {
        List<String> ids = List.of("opp-orangi-sanitation", "namibia-sdfn-windhoek", "porto-alegre-op");
        Brief b = brief(SampleCases.cases(ids), BriefDetail.SHORT);
        String refs = section(b, "References");
        List<String> lines = refs.lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith("[" + (i + 1) + "] "), lines.get(i));
        }
        assertEquals(lines.size(), lines.stream().map(l -> l.substring(l.indexOf(' '))).distinct().count());
        String text = all(b);
        assertFalse(text.matches("(?s).*\\d+: team\\b.*"), "an organisation is not cited by its last word");
        assertTrue(text.contains(": The CoP team 2021"), "the CoP blog is cited by its author's whole name");
        assertTrue(text.contains("Mitlin 2008"), "author-year citation");
        long footnotes = b.blocks().stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                .flatMap(p -> p.inlines().stream()).filter(Inline.Footnote.class::isInstance).count();
        assertEquals(0, footnotes, "citations are in the text, not footnotes");
    }

    @Test
    void theShortBriefPutsKeyMessagesAndTheGridFirstAndCardsBeforeReferences() throws Exception {
        List<String> h1 = brief(SampleCases.cases(THREE), BriefDetail.SHORT).headings().stream().filter(h -> h.level() == 1)
                .map(Block.Heading::text).toList();
        assertEquals("Key messages", h1.get(0));
        assertEquals("Where the cases sit in the typology", h1.get(1));
        assertEquals(List.of("Appendix: case cards", "References"), h1.subList(h1.size() - 2, h1.size()));
    }
}
