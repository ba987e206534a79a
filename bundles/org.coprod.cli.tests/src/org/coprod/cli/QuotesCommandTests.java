package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coprod.testing.CodedLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coprod quotes}: AND, OR, NOT within a passage or a case, written as quotations and read back. */
class QuotesCommandTests {

    @TempDir
    static Path shared;
    static Path library;

    @TempDir
    Path dir;

    @BeforeAll
    static void library() throws Exception {
        library = CodedLibraries.write(shared.resolve("library")).folder();
    }

    private CommandRun quotes(String... words) {
        List<String> args = new ArrayList<>(List.of("quotes"));
        args.addAll(List.of(words));
        args.addAll(List.of("--library", library.toString()));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** The quoted passages of a CSV written by the command, in order. */
    private List<String> quotesIn(Path csv) throws Exception {
        try (CSVParser p = CSVParser.parse(Files.readString(csv, StandardCharsets.UTF_8).substring(1), CSVFormat.RFC4180)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals("quote", rows.get(0).get(6));
            return rows.subList(1, rows.size()).stream().map(r -> r.get(0) + ": " + r.get(6)).toList();
        }
    }

    private static final String ALPHA_DOCUMENT = "alpha: " + CodedLibraries.DOCUMENT_PASSAGE;
    private static final String ALPHA_NOTE = "alpha: " + CodedLibraries.ALPHA_NOTE_PASSAGE;
    private static final String BETA_NOTE = "beta: " + CodedLibraries.BETA_NOTE;

    @Test
    void combinationsOfCodesWithinAPassageAndWithinACase() throws Exception {
        Path out = dir.resolve("q.csv");
        assertEquals(0, quotes("--code", "trust", "--out", out.toString()).code());
        assertEquals(List.of(ALPHA_DOCUMENT, BETA_NOTE), quotesIn(out));
        assertEquals(0, quotes("--code", "trust", "--code", "co-financing", "--out", out.toString(), "--force").code());
        assertEquals(List.of(ALPHA_DOCUMENT), quotesIn(out), "AND: both codes on one passage");
        assertEquals(0, quotes("--code", "trust,clientelism", "--any", "--out", out.toString(), "--force").code());
        assertEquals(List.of(ALPHA_DOCUMENT, ALPHA_NOTE, BETA_NOTE), quotesIn(out), "OR");
        assertEquals(0, quotes("--code", "trust", "--not", "co-financing", "--out", out.toString(), "--force").code());
        assertEquals(List.of(BETA_NOTE), quotesIn(out), "NOT, passage by passage");
        assertEquals(0, quotes("--code", "trust", "--code", "clientelism", "--out", out.toString(), "--force").code());
        assertEquals(List.of(), quotesIn(out), "no passage has both");
        CommandRun sameCase = quotes("--code", "trust", "--code", "clientelism", "--same-case", "--out", out.toString(), "--force");
        assertEquals(0, sameCase.code(), sameCase.err());
        assertEquals(List.of(ALPHA_DOCUMENT, ALPHA_NOTE), quotesIn(out), "alpha has both, in different passages");
        assertTrue(sameCase.out().startsWith("Wrote 2 passages from 1 case (csv, "), sameCase.out());
        assertEquals(0, quotes("--code", "trust", "--not", "clientelism", "--same-case", "--out", out.toString(), "--force").code());
        assertEquals(List.of(BETA_NOTE), quotesIn(out), "NOT, case by case: alpha has a clientelism passage");
    }

    @Test
    void writesWordAndMarkdownAndSaysWhenNothingMatches() throws Exception {
        Path docx = dir.resolve("q.docx");
        CommandRun word = quotes("--code", "trust", "--cases", "beta", "--out", docx.toString());
        assertEquals(0, word.code(), word.err());
        assertTrue(word.out().startsWith("Wrote 1 passage from 1 case (docx, "), word.out());
        byte[] zip = Files.readAllBytes(docx);
        assertEquals('P', zip[0]);
        Path md = dir.resolve("q.md");
        CommandRun none = quotes("--code", "trust", "--code", "clientelism", "--title", "Trust and favours", "--out", md.toString());
        assertEquals(0, none.code(), none.err());
        assertEquals("No passage is coded trust AND clientelism; wrote an empty list (md, 0 KB) to " + md, none.out().strip());
        String text = Files.readString(md);
        assertTrue(text.startsWith("---\ntitle: 'Quotations: Trust and favours'\n"), text);
        assertTrue(text.contains("No passage matches this query."), text);
    }

    @Test
    void refusalsComeBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("q.docx");
        CommandRun unknown = quotes("--code", "trust", "--not", "clientalism", "--out", out.toString());
        assertEquals(2, unknown.code());
        assertEquals("coprod quotes: --not clientalism: no such code; the closest in the codebook: \u201Cclientelism\u201D",
                unknown.err().strip());
        assertEquals("coprod quotes: no code given: use --code CODE (repeat it, or add --any, to combine codes)",
                quotes("--not", "trust", "--out", out.toString()).err().strip());
        assertEquals("coprod quotes: --out q.txt: give a file ending in .docx, .md or .csv",
                quotes("--code", "trust", "--out", dir.resolve("q.txt").toString()).err().strip());
        assertFalse(Files.exists(out));
        Files.writeString(out, "mine");
        CommandRun exists = quotes("--code", "trust", "--out", out.toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("already exists: use --force to replace it"), exists.err());
        assertEquals("mine", Files.readString(out));
    }
}
