package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.coprod.atlas.Atlas;
import org.coprod.atlas.Region;
import org.coprod.atlas.WorldMap;
import org.coprod.core.Countries;
import org.coprod.model.Case;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a brief draws: in the Word file as 300 dpi PNGs, and as image files beside the Markdown. */
class BriefFigureTests {

    @TempDir
    Path dir;

    static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void theWordBriefHoldsTheGridAndWhoPaysAsPngsAt300Dpi() throws Exception {
        Brief brief = BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(null).write(brief, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFPictureData> pictures = doc.getAllPictures().stream().filter(p -> p.suggestFileExtension().equals("png"))
                    .toList();
            assertEquals(2, pictures.size(), "the grid and who pays, as PNGs (their SVGs beside them: BriefSvgTests)");
            List<String> captions = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                    .map(p -> p.getText()).filter(t -> t.startsWith("Figure ")).toList();
            assertTrue(captions.get(0).startsWith("Figure 1. Cases in"), captions.toString());
            assertTrue(captions.get(1).startsWith("Figure 2. Who pays"), captions.toString());
        }
        for (Figure f : BriefExport.figures(brief)) {
            BufferedImage image = image(f.png());
            assertEquals(Math.round(f.widthCm() / 2.54 * 300), image.getWidth(), f.name() + " is drawn at 300 dpi");
            assertEquals(Math.round(f.heightCm() / 2.54 * 300), image.getHeight());
            assertFalse(f.alt().isBlank());
        }
    }

    @Test
    void theFullBriefMapsItsCasesCountryByCountryAndTheShortOneLeavesTheMapOut() throws Exception {
        List<Case> cases = SampleCases.cases(BriefTruthTests.THREE);
        Brief full = BriefAssembler.assemble(BriefRequest.of(cases).withDetail(BriefDetail.FULL));
        Figure map = BriefExport.figures(full).stream().filter(f -> f.name().equals("map")).findFirst().orElseThrow();
        for (Case c : cases) {
            for (String code : c.getCountries()) {
                assertTrue(map.alt().contains(Countries.name(code, Locale.ENGLISH) + " "), code + " in " + map.alt());
            }
        }
        BufferedImage image = image(map.png());
        assertEquals(Math.round(map.widthCm() / 2.54 * 300), image.getWidth(), "the map is drawn at 300 dpi");
        // Brazil holds a compared case, Australia none: the two are shaded differently
        assertTrue(cases.stream().anyMatch(c -> c.getCountries().contains("BR")), "a Brazilian case is compared");
        assertFalse(pixelOf(image, map, "BR") == pixelOf(image, map, "AU"), "a country with a case is shaded unlike one without");
        Brief short_ = BriefAssembler.assemble(BriefRequest.of(cases));
        assertTrue(BriefExport.figures(short_).stream().noneMatch(f -> f.name().equals("map")), "the short brief has no room for it");
    }

    /** The colour of the figure's image inside a country, found through the map's own hit-test, in points. */
    private static int pixelOf(BufferedImage image, Figure map, String code) {
        WorldMap world = new WorldMap(Atlas.world());
        int w = (int) Math.round(map.widthCm() * 72 / 2.54);
        int h = (int) Math.round(map.heightCm() * 72 / 2.54);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // a point whose neighbour is in the country too: inside it, off its border line
                if (code.equals(world.countryAt(x, y, w, h, Region.WORLD))
                        && code.equals(world.countryAt(x + 2, y + 2, w, h, Region.WORLD))) {
                    return image.getRGB((int) ((x + 1.5) * 300 / 72.0), (int) ((y + 1.5) * 300 / 72.0));
                }
            }
        }
        throw new AssertionError(code + " is not on the map");
    }

    @Test
    void theGridFigureNamesTheCasesInItsAlternativeText() throws Exception {
        Brief brief = BriefAssembler.assemble(BriefRequest.of(SampleCases.cases(SampleCases.BOVAIRD_FIVE)));
        Figure grid = BriefExport.figures(brief).get(0);
        assertEquals("grid", grid.name());
        for (Case c : SampleCases.cases(SampleCases.BOVAIRD_FIVE)) {
            assertTrue(grid.alt().contains(CaseFacts.shortName(c)), grid.alt());
        }
        assertTrue(grid.alt().contains("P2-D1: Participatory budgeting, Porto Alegre"), grid.alt());
    }

    @Test
    void noContributionsMeansNoWhoPaysFigure() throws Exception {
        Case a = EcoreUtil.copy(SampleCases.get("tackley-village-shop"));
        Case b = EcoreUtil.copy(SampleCases.get("caterham-barracks"));
        a.getContributions().clear();
        b.getContributions().clear();
        Brief brief = BriefAssembler.assemble(BriefRequest.of(List.of(a, b)));
        assertEquals(List.of("grid"), BriefExport.figures(brief).stream().map(Figure::name).toList());
    }

    @Test
    void theMarkdownBriefHasItsFiguresBesideIt() throws Exception {
        Path md = dir.resolve("three.md");
        new BriefExport(BriefFormat.MARKDOWN, md, null, SampleCases.library().folder(), false)
                .run(BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)), new NullProgressMonitor());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("three-grid.png", "three-pays.png", "three.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("](three-grid.png \""), "the grid is an image");
        assertTrue(text.contains("](three-pays.png \""), "who pays is an image");
        for (String png : List.of("three-grid.png", "three-pays.png")) {
            try (InputStream in = Files.newInputStream(dir.resolve(png))) {
                assertTrue(ImageIO.read(in).getWidth() > 1500, png);
            }
        }
    }
}
