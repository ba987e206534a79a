package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code coprod code} and {@code coprod codebook}, run as a user runs them, on a library in a temporary folder. */
class CodeCommandTests {

    /** 😀 and 𠀀 are one code point each and two UTF-16 units: "Delegates" is at code points 2–11. */
    static final String NOTE = "😀 Delegates of the 𠀀 forum chose the works. Trust grew. Trust fell.";
    static final String REPORT = "The committee and the ward office planned the drains together.";

    @TempDir
    Path dir;
    Path lib;

    String out;
    String err;

    @BeforeEach
    void library() throws Exception {
        lib = dir.resolve("lib");
        Library library = FixtureLibraries.twoCases(lib);
        Case alpha = library.findCase("alpha").orElseThrow();
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setId(NoteIds.next(alpha));
        note.setTitle("Forum visit");
        note.setText(NOTE);
        alpha.getNotes().add(note);
        Document report = CoprodFactory.eINSTANCE.createDocument();
        report.setId("report");
        report.setTitle("Ward report");
        report.setTextDigest(Texts.sha256(REPORT.getBytes(StandardCharsets.UTF_8)));
        library.root().getDocuments().add(report);
        alpha.getDocuments().add(report);
        Files.createDirectories(lib.resolve("documents"));
        Files.writeString(lib.resolve("documents/report.txt"), REPORT, StandardCharsets.UTF_8);
        Code trust = CodebookChanges.create("trust", null, "Confidence between residents and officials.", "#336699");
        library.root().getCodebook().getCodes().add(trust);
        Code officials = CodebookChanges.create("trust in officials", trust, "Residents trust officials.", null);
        library.root().getCodebook().getCodes().add(officials);
        library.save();
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private int run(Map<String, String> environment, String... args) {
        CommandRun r = CommandRun.withEnvironment(environment, args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private String[] code(String... args) {
        return Stream.concat(Stream.of("code", "--library", lib.toString()), Stream.of(args)).toArray(String[]::new);
    }

    private Map<String, String> files() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(lib)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xmi")).toList()) {
                files.put(lib.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private List<Segment> segments(String caseId) throws Exception {
        return Library.open(lib).findCase(caseId).orElseThrow().getSegments();
    }

    @Test
    void aQuotedPassageOfANoteIsCodedWithANewCodeAndSaved() throws Exception {
        assertEquals(0, run(code("--case", "alpha", "--text", "note-1", "--quote", "Delegates of the 𠀀 forum", "--code", "forums",
                "--coder", "Ana Silva", "--memo", "Seen at the March meeting.")), err);
        assertTrue(out.contains("Created the code “forums”"), out);
        assertTrue(out.contains("Added the coder Ana Silva (AS)"), out);
        assertTrue(out.contains("Coded “Delegates of the 𠀀 forum” (2–26) of note note-1 “Forum visit” in case alpha with “forums”"), out);
        Library library = Library.open(lib);
        Segment s = library.findCase("alpha").orElseThrow().getSegments().get(0);
        assertEquals(2, s.getStart());
        assertEquals(26, s.getEnd());
        assertEquals("Delegates of the 𠀀 forum", s.getQuote());
        assertEquals("forums", s.getCodes().get(0).getName());
        assertEquals(null, s.getCodes().get(0).getBuiltIn());
        assertEquals("Ana Silva", s.getCoder().getName());
        assertEquals("Seen at the March meeting.", s.getMemo().getText());
        assertTrue(CodebookChanges.find(library.root().getCodebook(), "forums").isPresent());
    }

    @Test
    void offsetsAreCodePointsAndTheCoderComesFromTheEnvironmentOnceOnly() throws Exception {
        Map<String, String> env = Map.of("COPROD_CODER", "Bea Costa");
        assertEquals(0, run(env, code("--case", "alpha", "--text", "note-1", "--start", "2", "--end", "11", "--code", "trust")), err);
        assertEquals(0, run(env, code("--case", "alpha", "--text", "note-1", "--start", "21", "--end", "26", "--code", "TRUST")), err);
        assertTrue(!out.contains("Added the coder") && !out.contains("Created"), "the same coder and code again: " + out);
        List<Segment> segments = segments("alpha");
        assertEquals(List.of("Delegates", "forum"), segments.stream().map(Segment::getQuote).toList());
        assertSame(segments.get(0).getCoder(), segments.get(1).getCoder());
        assertEquals("Bea Costa", segments.get(0).getCoder().getName());
        assertEquals(1, Library.open(lib).root().getCoders().size(), "one coder, added once");
    }

    @Test
    void aCellCodeRecordsThePlacementWithThePassageAsEvidence() throws Exception {
        assertEquals(0, run(code("--text", "report", "--quote", "planned the drains together", "--code", "P2-D1", "--coder", "Ana")), err);
        assertTrue(out.contains("as evidence of the case's conclusion"), out);
        Case alpha = Library.open(lib).findCase("alpha").orElseThrow();
        assertEquals("P2-D1", alpha.getCodings().get(0).getCell().getCode());
        assertEquals(alpha.getSegments(), alpha.getCodings().get(0).getSegments());
        assertEquals("report", alpha.getSegments().get(0).getText().getId());
    }

    @Test
    void withoutACoderNothingIsCodedAndTheMessageSaysHowToGiveOne() throws Exception {
        Map<String, String> before = files();
        assertEquals(2, run(code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "trust")));
        assertTrue(err.contains("--coder") && err.contains("COPROD_CODER"), err);
        assertEquals(before, files());
    }

    @Test
    void aQuoteNotFoundOrFoundTwiceIsRefusedSayingHowOftenAndWhere() throws Exception {
        Map<String, String> before = files();
        assertEquals(2, run(code("--case", "alpha", "--text", "note-1", "--quote", "Trust rose", "--code", "trust", "--coder", "Ana")));
        assertTrue(err.contains("“Trust rose” is not in note note-1"), err);
        assertEquals(2, run(code("--case", "alpha", "--text", "note-1", "--quote", "Trust", "--code", "trust", "--coder", "Ana")));
        assertTrue(err.contains("found 2 times") && err.contains("(at 44–49, 56–61)") && err.contains("--start and --end"), err);
        assertEquals(before, files(), "nothing written, not even the code it would have created");
    }

    @Test
    void aNoteNeedsItsCaseAndADocumentOfSeveralCasesToo() throws Exception {
        Map<String, String> before = files();
        assertEquals(2, run(code("--text", "note-1", "--quote", "Delegates", "--code", "trust", "--coder", "Ana")));
        assertTrue(err.contains("1 case has a note with that id") && err.contains("give --case"), err);
        assertEquals(before, files());
        Library library = Library.open(lib);
        library.findCase("beta").orElseThrow().getDocuments().add(library.root().getDocuments().get(0));
        library.save();
        assertEquals(2, run(code("--text", "report", "--quote", "the drains", "--code", "trust", "--coder", "Ana")));
        assertTrue(err.contains("serves 2 cases (alpha, beta)") && err.contains("--case"), err);
        assertEquals(0, run(code("--text", "report", "--case", "beta", "--quote", "the drains", "--code", "trust", "--coder", "Ana")), err);
        assertEquals(1, segments("beta").size());
        assertTrue(segments("alpha").isEmpty());
    }

    @Test
    void badInputIsRefusedWithExitTwoAndNothingWritten() throws Exception {
        Map<String, String> before = files();
        String[][] bad = {
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--start", "2", "--end", "3", "--code", "trust",
                        "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--start", "2", "--code", "trust", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--start", "60", "--end", "99", "--code", "trust", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--start", "two", "--end", "9", "--code", "trust", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--coder", "A"),
                code("--case", "gamma", "--text", "note-1", "--quote", "Delegates", "--code", "trust", "--coder", "A"),
                code("--case", "alpha", "--text", "note-9", "--quote", "Delegates", "--code", "trust", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "P3-D1", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "drivers", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "driver:NONE", "--coder", "A"),
                code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "trust", "--coder", "A", "stray") };
        String[] expected = { "not both", "give both", "not inside", "whole number", "--code", "no case 'gamma'", "no note or document 'note-9'",
                "not applicable", "code group", "no built-in code", "unexpected argument" };
        for (int i = 0; i < bad.length; i++) {
            assertEquals(2, run(bad[i]), String.join(" ", bad[i]) + " → " + out + err);
            assertTrue(err.contains(expected[i]), expected[i] + " in: " + err);
        }
        assertEquals(before, files());
    }

    @Test
    void theCodebookIsATreeWithDefinitionsColoursAndUse() throws Exception {
        assertEquals(0, run(code("--case", "alpha", "--text", "note-1", "--quote", "Delegates", "--code", "trust in officials", "--coder",
                "A")), err);
        assertEquals(0, run("codebook", "--library", lib.toString()), err);
        List<String> lines = List.of(out.split("\n"));
        assertTrue(lines.get(0).startsWith("Codebook of Test library: "), lines.get(0));
        int trust = lines.indexOf("  trust  [#336699, 0 passages in 0 cases]");
        assertTrue(trust > 0, out);
        assertEquals("      Confidence between residents and officials.", lines.get(trust + 1));
        assertEquals("    trust in officials  [1 passage in 1 case]", lines.get(trust + 2), "a child under its parent");
        assertTrue(out.contains("    P3-D1 (Not applicable)  [built in, not applicable, #1f77b4, 0 passages in 0 cases]"), out);
        assertTrue(out.contains("  Drivers  [built in, group, 0 passages in 0 cases]"), out);

        assertEquals(0, run("codebook", "--library", lib.toString(), "--json"), err);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> codes = (List<Map<String, Object>>) new Gson().fromJson(out, Map.class).get("codes");
        Map<String, Object> child = codes.stream().filter(c -> "trust in officials".equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals(1.0, child.get("segments"));
        assertEquals(1.0, child.get("cases"));
        assertEquals(1.0, child.get("depth"));
        assertEquals(null, child.get("builtIn"));
        Map<String, Object> cell = codes.stream().filter(c -> "cell:bovaird.P2-D1".equals(c.get("builtIn"))).findFirst().orElseThrow();
        assertEquals("code-typology-bovaird", cell.get("parent"));
        assertEquals(Boolean.TRUE, cell.get("codable"));
        assertTrue(((String) cell.get("definition")).length() > 10);
        assertEquals(Library.open(lib).root().getCodebook().getCodes().size(), codes.size());
    }
}
