package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return Integer.parseInt(m.group(1));
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
}
