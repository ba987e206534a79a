package org.coprod.cli;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.testing.SampleLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** The commands as a user runs them: arguments in, text and an exit code out, against real library folders. */
class CommandsTests {

    @TempDir
    static Path dir;
    static Path sample;

    String out;
    String err;

    @BeforeAll
    static void sample() throws Exception {
        sample = SampleLibraries.copyTo(dir.resolve("sample")).folder(); // imported once per test run
    }

    private int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertEquals(0, run("--help"));
        for (String command : new String[] { "validate", "import", "stats", "search", "similar", "segments", "agreement", "brief" }) {
            assertTrue(out.contains("  " + command + " "), command + " in\n" + out);
        }
        assertEquals(0, run("stats", "--help"));
        assertTrue(out.contains("coprod stats"), out);
    }

    @Test
    void unknownCommandOrOptionIsBadUsage() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.contains("unknown command 'frobnicate'"), err);
        assertEquals(2, run("stats", "--colour"));
        assertTrue(err.contains("unknown option --colour"), err);
        assertEquals(2, run("stats", "--library", dir.resolve("nowhere").toString()));
        assertTrue(err.contains("no such folder"), err);
    }

    @Test
    void statsDrawsTheGridWithTheModelsCounts() {
        assertEquals(0, run("stats", "--library", sample.toString()));
        assertTrue(out.contains("103 cases"), out);
        assertTrue(out.matches("(?s).*D1 +\\d+ +\\d+ +n/a.*"), "P3-D1 shows as n/a:\n" + out);
        assertEquals(0, run("stats", "--library", sample.toString(), "--json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Gson().fromJson(out, Map.class);
        assertEquals(103.0, json.get("cases"));
        @SuppressWarnings("unchecked")
        Map<String, Double> cells = (Map<String, Double>) json.get("cells");
        // Porto Alegre, Sure Start and the others each count in their cell.
        assertTrue(cells.get("P2-D1") >= 1 && cells.get("P1-D2") >= 1 && cells.get("P2-D2") >= 1 && cells.get("P3-D2") >= 1);
        // as the text's "n/a": a cell that does not apply has no count, not a count of 0
        assertTrue(cells.containsKey("P3-D1") && cells.get("P3-D1") == null, "P3-D1 is null: " + cells);
    }

    @Test
    void validateExitsOneOnErrorsAndZeroOnTheCleanSample() throws Exception {
        assertEquals(0, run("validate", "--library", sample.toString()));
        assertTrue(out.contains("103 cases checked: 0 errors"), out);
        Library broken = Library.create(dir.resolve("broken"), "Broken");
        Case nameless = CoprodFactory.eINSTANCE.createCase();
        nameless.setId("nameless");
        nameless.getCountries().add("BR");
        broken.addCase(nameless);
        broken.save();
        assertEquals(1, run("validate", "--library", broken.folder().toString()));
        assertTrue(out.contains("[nameless] (name): has no name"), out);
    }

    @Test
    void importAddsGoodRowsAndRefusesBadFilesWithRowAndColumn() throws Exception {
        Path lib = Library.create(dir.resolve("import"), "Import").folder();
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "id,name,countries,codings\nlanes,Lane sewers,PK,P2-D2|coder|medium|||\n");
        assertEquals(0, run("import", good.toString(), "--library", lib.toString()));
        assertTrue(out.contains("1 cases added"), out);
        assertEquals(1, Library.open(lib).root().getCases().size());
        assertEquals(2, run("import", good.toString(), "--library", lib.toString()));
        assertTrue(err.contains("already has a case 'lanes'") && err.contains("--merge"), err);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,name,countries\nok,Fine,BR\nworse,Worse,ZZ\n");
        assertEquals(2, run("import", bad.toString(), "--library", lib.toString()));
        assertTrue(err.contains("row 3, column 'countries': 'ZZ' is not an ISO 3166-1 alpha-2 country code"), err);
        assertEquals(1, Library.open(lib).root().getCases().size(), "nothing imported");
        assertEquals(1, run("import", bad.toString(), "--skip-bad-rows", "--library", lib.toString()));
        assertEquals(2, Library.open(lib).root().getCases().size());
        assertEquals(2, run("import", dir.resolve("missing.csv").toString(), "--library", lib.toString()));
        assertTrue(err.contains("no such file"), err);
    }

    @Test
    void importRefusesAnUnreadableFileNamingItAndTheProblemInPlainWords() throws Exception {
        Path lib = Library.create(dir.resolve("plain-words"), "Plain words").folder();
        Path workbook = Files.writeString(dir.resolve("cases.xlsx"), "id,name\nlanes,Lane sewers\n");
        assertEquals(2, run("import", workbook.toString(), "--library", lib.toString()));
        assertEquals("coprod import: " + workbook + " is not an Excel workbook (.xlsx), or it is damaged", err.strip());
        Path unclosed = Files.writeString(dir.resolve("cases.csv"), "id,name\nlanes,\"Lane sewers\n");
        assertEquals(2, run("import", unclosed.toString(), "--library", lib.toString()));
        assertEquals("coprod import: " + unclosed
                + ": row 2: a quoted cell is never closed (a \" opens it and no \" ends it before the end of the file)",
                err.strip());
        Path folder = Files.createDirectories(dir.resolve("cases"));
        assertEquals(2, run("import", folder.toString(), "--library", lib.toString()));
        assertEquals("coprod import: " + folder + ": is a folder, not a CSV or XLSX file", err.strip());
        Path afterBlanks = Files.writeString(dir.resolve("blanks.csv"), "id,name,countries\nok,Fine,BR\n\n\nworse,Worse,ZZ\n");
        assertEquals(2, run("import", afterBlanks.toString(), "--library", lib.toString()));
        assertTrue(err.contains(afterBlanks + ": row 5, column 'countries': 'ZZ' is not an ISO 3166-1 alpha-2 country code"), err);
        assertEquals(0, Library.open(lib).root().getCases().size(), "nothing imported");
    }

    @Test
    void searchPrintsRankedJsonHitsAndRejectsBadSyntaxWithItsColumn() {
        assertEquals(0, run("search", "participatory city budgeting in Brazil", "--library", sample.toString(), "--json", "--limit", "3"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Gson().fromJson(out, Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) json.get("hits");
        assertTrue(!hits.isEmpty() && hits.size() <= 3, out);
        assertEquals("porto-alegre-op", hits.get(0).get("id"));
        for (String key : new String[] { "id", "name", "score", "snippet" }) {
            assertTrue(hits.get(0).containsKey(key), key + " in " + hits.get(0));
        }
        assertTrue((Double) hits.get(0).get("score") >= (Double) hits.get(hits.size() - 1).get("score"), "rank order");
        assertEquals(2, run("search", "sewers AND", "--library", sample.toString()));
        assertTrue(err.contains("column"), err);
    }

    @Test
    void similarListsOtherCasesAndRefusesAnUnknownId() throws Exception {
        assertEquals(0, run("similar", "opp-orangi-sanitation", "--library", sample.toString(), "--json", "--limit", "5"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Gson().fromJson(out, Map.class);
        assertEquals("opp-orangi-sanitation", json.get("case"), out);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) json.get("hits");
        assertEquals(5, hits.size(), out);
        Library library = Library.open(sample);
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> hit : hits) {
            assertTrue(library.findCase((String) hit.get("id")).isPresent(), "a case of the library: " + hit);
            assertTrue(ids.add(hit.get("id")), "each precedent once: " + out);
        }
        assertTrue(!ids.contains("opp-orangi-sanitation"), "a case is not its own precedent: " + out);
        assertEquals(2, run("similar", "no-such-case", "--library", sample.toString()));
        assertTrue(err.contains("no-such-case"), err);
    }

    @Test
    void briefWritesAWordFileAndLeavesNothingBehindOnBadInput() throws Exception {
        Path docx = dir.resolve("briefs/two.docx");
        Files.createDirectories(docx.getParent());
        assertEquals(0, run("brief", "--cases", "porto-alegre-op,tackley-village-shop", "--format", "docx", "--out", docx.toString(),
                "--library", sample.toString()));
        assertTrue(Files.size(docx) > 10_000);
        long size = Files.size(docx);
        assertEquals(2, run("brief", "--cases", "porto-alegre-op,tackley-village-shop", "--format", "docx", "--out", docx.toString(),
                "--library", sample.toString()));
        assertEquals(size, Files.size(docx), "an existing file is not replaced without --force");
        Path md = dir.resolve("briefs/bad.md");
        assertEquals(2,
                run("brief", "--cases", "porto-alegre-op,nope", "--format", "md", "--out", md.toString(), "--library", sample.toString()));
        assertTrue(err.contains("nope"), err);
        assertTrue(!Files.exists(md));
        try (var files = Files.list(docx.getParent())) {
            assertEquals(1, files.count(), "no partial files");
        }
    }

    @Test
    void aDryRunRefusesWhatTheRealRunRefusesAndARefusedImportWritesNothing() throws Exception {
        Path lib = Library.create(dir.resolve("dry"), "Dry run").folder();
        Path nul = dir.resolve("nul.csv");
        Files.writeString(nul, "id,name,countries,summary\nok,Fine,BR,\nbad,Bad,BR,a\u0000b\n");
        assertEquals(2, run("import", nul.toString(), "--dry-run", "--library", lib.toString()));
        assertTrue(err.contains("row 3, column 'summary': holds the character U+0000"), err);
        assertEquals(2, run("import", nul.toString(), "--library", lib.toString()));
        assertEquals(0, Library.open(lib).root().getCases().size(), "nothing of a refused import is written");
        Path good = dir.resolve("fine.csv");
        Files.writeString(good, "id,name,countries\nok,Fine,BR\n");
        assertEquals(0, run("import", good.toString(), "--dry-run", "--library", lib.toString()));
        assertTrue(out.startsWith("dry run: 1 cases added"), out);
        assertEquals(0, Library.open(lib).root().getCases().size(), "a dry run writes nothing");
        assertEquals(0, run("import", good.toString(), "--library", lib.toString()));
        assertEquals(1, Library.open(lib).root().getCases().size());
    }
}
