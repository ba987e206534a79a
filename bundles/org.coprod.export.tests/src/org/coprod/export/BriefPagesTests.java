package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lengths the outline sets, measured as a reader sees them: each brief converted to PDF by LibreOffice (with the
 * metric-compatible Carlito and Caladea fonts that .ci/run installs) and its pages counted by pdfinfo. Skipped only
 * where LibreOffice is not installed. The briefs stay in target/briefs for a look.
 */
class BriefPagesTests {

    /** The least part of its height that a page followed by another fills. */
    private static final double LEAST_USED = 0.7;
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        Path target = Path.of("target");
        folder = Files.isDirectory(target) ? Files.createDirectories(target.resolve("briefs")) : Files.createTempDirectory("briefs");
    }

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the brief as .docx (and .md beside it) and returns the number of pages LibreOffice lays it out on. */
    static int pages(String name, BriefRequest request) throws Exception {
        assumeTrue(installed("soffice") && installed("pdfinfo"), "LibreOffice (soffice) and pdfinfo are not installed");
        Brief brief = BriefAssembler.assemble(request);
        Path docx = folder.resolve(name + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxWriter(null).write(brief, out);
        }
        Files.writeString(folder.resolve(name + ".md"), MarkdownWriter.toMarkdown(brief), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("soffice-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                folder.toString(), docx.toString()));
        String info = run(List.of("pdfinfo", folder.resolve(name + ".pdf").toString()));
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info);
        assertTrue(m.find(), info);
        int pages = Integer.parseInt(m.group(1));
        List<Double> used = used(folder.resolve(name + ".pdf"), pages);
        System.out.println(name + ": " + pages + " pages, used " + used);
        for (int page = 1; page < pages; page++) {
            // a heading, table or figure moved on to the next page leaves room; half a page blank is a layout fault
            assertTrue(used.get(page - 1) >= LEAST_USED, name + ": page " + page + " of " + pages + " is only "
                    + Math.round(100 * used.get(page - 1)) + " % used " + used);
        }
        return pages;
    }

    /** How far down its text area each page is used: the lowest row that is not white, above the footer. */
    static List<Double> used(Path pdf, int pages) throws Exception {
        assumeTrue(installed("pdftoppm"), "pdftoppm is not installed");
        String prefix = pdf.toString().replaceAll("\\.pdf$", "") + "-page";
        run(List.of("pdftoppm", "-r", "30", "-gray", "-png", pdf.toString(), prefix));
        List<Double> used = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            Path png = Path.of(prefix + "-" + String.format("%0" + String.valueOf(pages).length() + "d", page) + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            // A4: 2 cm margins; the footer sits in the bottom margin
            int top = (int) Math.round(image.getHeight() * 2 / 29.7);
            int bottom = (int) Math.round(image.getHeight() * 27.7 / 29.7);
            int lowest = top;
            for (int y = top; y < bottom; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFF) < 200) {
                        lowest = y;
                        break;
                    }
                }
            }
            used.add((double) (lowest - top) / (bottom - top));
            Files.delete(png);
        }
        return used;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " timed out");
        assertEquals(0, p.exitValue(), command + ": " + output);
        return output;
    }

    @Test
    void aComparativeBriefOfThreeCasesFitsFourToEightPages() throws Exception {
        int pages = pages("three", BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)));
        assertTrue(pages >= 4 && pages <= 8, pages + " pages");
    }

    /** Portuguese, Spanish and French run longer than English: the 3-case brief must still fit. */
    @ParameterizedTest
    @ValueSource(strings = { "pt", "es", "fr" })
    void aComparativeBriefOfThreeCasesStillFitsFourToEightPagesInEveryLanguage(String language) throws Exception {
        int pages = pages("three-" + language, BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withLanguage(Locale.of(language)));
        assertTrue(pages >= 4 && pages <= 8, language + ": " + pages + " pages");
    }

    /** Key messages and the grid up front: the grid's numbered caption is on page 1 of the 3-case brief, in every language. */
    @ParameterizedTest
    @ValueSource(strings = { "en", "pt", "es", "fr" })
    void theGridIsOnPageOneWithTheKeyMessages(String language) throws Exception {
        BriefRequest request = BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withLanguage(Locale.of(language));
        pages("front-" + language, request);
        String first = run(List.of("pdftotext", "-f", "1", "-l", "1", folder.resolve("front-" + language + ".pdf").toString(), "-"))
                .replaceAll("\\s+", " ");
        Brief brief = BriefAssembler.assemble(request);
        Block.Grid grid = brief.blocks().stream().filter(Block.Grid.class::isInstance).map(Block.Grid.class::cast).findFirst()
                .orElseThrow();
        String caption = brief.text().get("label.figure") + " 1. "
                + String.join(" ", List.of(grid.table().caption().split(" ")).subList(0, 3));
        assertTrue(squeeze(first).contains(caption), "'" + caption + "' on page 1: " + first);
    }

    @Test
    void aPortugueseSingleCaseBriefStillFitsTwoPages() throws Exception {
        for (String id : List.of("opp-orangi-sanitation", "porto-alegre-op", "beacon-falmouth")) {
            int pages = pages("single-pt-" + id, BriefRequest.of(SampleCases.cases(List.of(id))).withLanguage(Locale.of("pt")));
            assertTrue(pages <= 2, id + ": " + pages + " pages");
        }
    }

    @Test
    void aPortugueseFullBriefIsLongerThanTheShortOne() throws Exception {
        BriefRequest three = BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withLanguage(Locale.of("pt"));
        int full = pages("three-pt-full", three.withDetail(BriefDetail.FULL));
        int short_ = pages("three-pt", three);
        assertTrue(full > short_, full + " vs " + short_);
    }

    @Test
    void aComparativeBriefOfFiveCasesFitsFourToEightPages() throws Exception {
        int pages = pages("five", BriefRequest.of(SampleCases.cases(SampleCases.BOVAIRD_FIVE)));
        assertTrue(pages >= 4 && pages <= 8, pages + " pages");
    }

    @Test
    void aComparativeBriefOfTwoCasesFitsFourToEightPages() throws Exception {
        int pages = pages("two", BriefRequest.of(SampleCases.cases(List.of("opp-orangi-sanitation", "namibia-sdfn-windhoek"))));
        assertTrue(pages >= 4 && pages <= 8, pages + " pages");
    }

    @Test
    void aSingleCaseBriefFitsTwoPages() throws Exception {
        for (String id : List.of("opp-orangi-sanitation", "porto-alegre-op", "beacon-falmouth")) {
            int pages = pages("single-" + id, BriefRequest.of(SampleCases.cases(List.of(id))));
            assertTrue(pages <= 2, id + ": " + pages + " pages");
        }
    }

    @Test
    void theFullBriefIsLonger() throws Exception {
        int full = pages("three-full", BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withDetail(BriefDetail.FULL));
        int short_ = pages("three", BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)));
        assertTrue(full > short_, full + " vs " + short_);
    }

    /**
     * The full brief's contents as LibreOffice lays it out: every heading of levels 1 to 3 listed, each with the page it
     * is on in the PDF (found by pdftotext, page by page). The estimate written as the fields' results is compared too,
     * and how many of its numbers LibreOffice's layout confirms is printed (it is an estimate; see PageEstimate).
     */
    @Test
    void theFullBriefsContentsListEveryHeadingWithThePageItIsOn() throws Exception {
        BriefRequest request = BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE)).withDetail(BriefDetail.FULL);
        int pages = pages("three-full-contents", request);
        Path pdf = folder.resolve("three-full-contents.pdf");
        List<String> text = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            text.add(run(List.of("pdftotext", "-layout", "-f", "" + page, "-l", "" + page, pdf.toString(), "-")));
        }
        Brief brief = BriefAssembler.assemble(request);
        PageEstimate estimate = PageEstimate.of(brief);
        int contentsPage = 0;
        while (!text.get(contentsPage).contains("Contents")) {
            contentsPage++;
        }
        String contents = text.get(contentsPage) + (contentsPage + 1 < pages ? text.get(contentsPage + 1) : "");
        int n = 0;
        int found = 0;
        int entries = 0;
        int estimated = 0;
        int listed = 0;
        List<String> report = new ArrayList<>();
        for (Block.Heading h : brief.headings()) {
            n++;
            if (h.level() > 3) {
                continue;
            }
            listed++;
            // headings are searched in order, so that the second "Case note" is not found where the first is
            int actual = pageOf(text, h.text(), Math.max(0, found - 1));
            found = Math.max(found, actual);
            assertTrue(actual > 0, "'" + h.text() + "' is in the PDF");
            Matcher entry = Pattern.compile(Pattern.quote(squeeze(h.text())) + "[ .\u2026]*?(\\d+)\\s*$", Pattern.MULTILINE)
                    .matcher(squeeze(contents));
            assertTrue(entry.find(entries), "'" + h.text() + "' is listed in the contents with a page number:\n" + contents);
            entries = entry.end();
            // LibreOffice shows the results as they are written, so the numbers it prints are the estimate's
            assertEquals(estimate.page(n), Integer.parseInt(entry.group(1)), "the page of '" + h.text() + "' in the contents");
            if (estimate.page(n) == actual) {
                estimated++;
            }
            assertTrue(Math.abs(estimate.page(n) - actual) <= 1, "'" + h.text() + "' is on page " + actual + ", estimated "
                    + estimate.page(n));
            report.add(h.level() + " " + h.text() + ": page " + actual + ", estimated " + estimate.page(n));
        }
        System.out.println("Contents of the full brief: " + listed + " entries, the estimate right for " + estimated + "\n  "
                + String.join("\n  ", report));
    }

    /**
     * The first page from {@code from} (0-based) with a line that is the heading, or begins it when it wraps; the
     * contents' own lines (with their dotted leaders) are not headings.
     */
    private static int pageOf(List<String> pages, String heading, int from) {
        String wanted = squeeze(heading);
        for (int i = from; i < pages.size(); i++) {
            for (String line : pages.get(i).split("\n")) {
                String l = squeeze(line);
                if (!l.isEmpty() && !l.contains("....") && (l.equals(wanted) || l.length() >= 20 && wanted.startsWith(l))) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Spaces squeezed and typographic ligatures opened, as pdftotext may print them. */
    private static String squeeze(String s) {
        return s.replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB00", "ff").replaceAll("[ \t\u00A0]+", " ").strip();
    }
}
