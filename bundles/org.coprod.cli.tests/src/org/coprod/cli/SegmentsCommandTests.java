package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.search.CaseIndex;
import org.coprod.testing.EvidenceLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code coprod segments} on a library whose cases have coded passages. */
class SegmentsCommandTests {

    @TempDir
    static Path dir;
    static String library;

    @BeforeAll
    static void evidenceLibrary() throws Exception {
        library = EvidenceLibrary.create(dir.resolve("lib")).folder().toString();
    }

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", library));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> segments(CommandRun run) {
        return (List<Map<String, Object>>) new Gson().fromJson(run.out(), Map.class).get("segments");
    }

    @Test
    void listsEachSegmentWithItsTextOffsetsQuoteCodesCoderAndDate() {
        CommandRun r = run("segments", "--code", "clientelism");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        int start = EvidenceLibrary.start(EvidenceLibrary.ALPHA_NOTE, EvidenceLibrary.PAVING);
        int end = EvidenceLibrary.end(EvidenceLibrary.ALPHA_NOTE, EvidenceLibrary.PAVING);
        String date = LocalDate.ofInstant(EvidenceLibrary.CODED_ON, ZoneId.systemDefault()).toString();
        assertEquals("1 segment coded clientelism, in reading order:\n\n"
                + " 1. alpha  note-alpha " + start + "–" + end + "  (seg-paving)\n"
                + "    \"" + EvidenceLibrary.PAVING + "\"\n"
                + "    Clientelism; coded by Ana Souza on " + date + "\n", r.out());
    }

    @Test
    void jsonHasEveryFieldOfEverySegmentInReadingOrder() {
        CommandRun r = run("segments", "--json");
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> segments = segments(r);
        assertEquals(List.of("seg-paving", "seg-pooled", "seg-earned", "seg-budget"),
                segments.stream().map(s -> s.get("segment")).toList());
        Map<String, Object> pooled = segments.get(1);
        assertEquals("alpha", pooled.get("case"));
        assertEquals("note-alpha", pooled.get("text"));
        assertEquals((double) EvidenceLibrary.start(EvidenceLibrary.ALPHA_NOTE, EvidenceLibrary.POOLED), pooled.get("start"));
        assertEquals((double) EvidenceLibrary.end(EvidenceLibrary.ALPHA_NOTE, EvidenceLibrary.POOLED), pooled.get("end"));
        assertEquals(EvidenceLibrary.POOLED, pooled.get("quote"));
        assertEquals(List.of("Co-financing", "Local trust"), pooled.get("codes"));
        assertEquals("Ben Ode", pooled.get("coder"));
        assertEquals(EvidenceLibrary.CODED_ON.plusSeconds(86_400).toString(), pooled.get("codedOn"));
        assertEquals(4.0, new Gson().fromJson(r.out(), Map.class).get("total"));
    }

    @Test
    void repeatedCodesMeanAllOfThemAndTheCaseNarrows() {
        CommandRun both = run("segments", "--code", "Local trust", "--code", "co-financing", "--json");
        assertEquals(0, both.code(), both.err());
        assertEquals(List.of("seg-pooled"), segments(both).stream().map(s -> s.get("segment")).toList());
        CommandRun inBeta = run("segments", "--code", "local trust", "--case", "beta", "--json");
        assertEquals(List.of("seg-earned"), segments(inBeta).stream().map(s -> s.get("segment")).toList());
        CommandRun none = run("segments", "--code", "Governance");
        assertEquals(0, none.code(), none.err());
        assertEquals("0 segments coded Governance.\n", none.out());
    }

    @Test
    void aQuerySearchesTheQuotesThroughTheIndex() throws Exception {
        Path copy = dir.resolve("queried");
        Library lib = EvidenceLibrary.create(copy);
        CommandRun r = CommandRun.of("segments", "--query", "savings OR vereador", "--code", "co-financing", "--json",
                "--library", copy.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("seg-pooled", "seg-budget"), segments(r).stream().map(s -> s.get("segment")).toList());
        assertEquals("doc-porto", segments(r).get(1).get("text"));
        assertTrue(Files.isDirectory(CaseIndex.folderOf(lib)), "the index was built");
        // The same listing as the model gives: the index path and the model path agree.
        CommandRun viaIndex = CommandRun.of("segments", "--query", "code:\"local trust\"", "--library", copy.toString());
        CommandRun viaModel = CommandRun.of("segments", "--code", "local trust", "--library", copy.toString());
        assertEquals(viaModel.out().lines().skip(1).toList(), viaIndex.out().lines().skip(1).toList());
        assertFalse(viaModel.out().isBlank());
    }

    @Test
    void mistakesAreBadUsageWithAMessage() {
        CommandRun unknownCode = run("segments", "--code", "clientelsm");
        assertEquals(2, unknownCode.code());
        assertTrue(unknownCode.err().contains("has no code 'clientelsm' (codes: Governance, Clientelism, Co-financing,"
                + " Local trust)"), unknownCode.err());
        CommandRun unknownCase = run("segments", "--case", "omega");
        assertEquals(2, unknownCase.code());
        assertTrue(unknownCase.err().contains("has no case 'omega'"), unknownCase.err());
        CommandRun badQuery = run("segments", "--query", "savings AND");
        assertEquals(2, badQuery.code());
        assertTrue(badQuery.err().startsWith("coprod segments: Cannot read the query at column"), badQuery.err());
        CommandRun caseField = run("segments", "--query", "country:BR");
        assertEquals(2, caseField.code());
        assertTrue(caseField.err().contains("Unknown field 'country'"), caseField.err());
        CommandRun positional = run("segments", "savings");
        assertEquals(2, positional.code());
        assertTrue(positional.err().contains("--query"), positional.err());
        assertEquals(2, run("segments", "--code", " ").code());
    }

    @Test
    void aCaseWithoutSegmentsListsNone() {
        CommandRun r = run("segments", "--case", "delta", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), segments(r));
        assertEquals("0 segments in case delta.\n", run("segments", "--case", "delta").out());
    }
}
