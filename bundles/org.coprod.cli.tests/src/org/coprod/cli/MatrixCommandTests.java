package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.testing.CodedLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coprod matrix} as a user runs it: codes by name or id, the file read back, and every refusal before writing. */
class MatrixCommandTests {

    @TempDir
    static Path shared;
    static Path library;

    @TempDir
    Path dir;

    @BeforeAll
    static void library() throws Exception {
        library = CodedLibraries.write(shared.resolve("library")).folder();
    }

    private CommandRun matrix(String... words) {
        String[] args = new String[words.length + 3];
        args[0] = "matrix";
        System.arraycopy(words, 0, args, 1, words.length);
        args[words.length + 1] = "--library";
        args[words.length + 2] = library.toString();
        return CommandRun.of(args);
    }

    @Test
    void writesTheWorkbookOfTheCodesOverEveryCase() throws Exception {
        Path out = dir.resolve("m.xlsx");
        CommandRun r = matrix("--codes", "Trust,clientelism", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote the framework matrix of 3 cases × 2 codes (3 coded passages, xlsx, " + Files.size(out) / 1024 + " KB) to "
                + out,
                r.out().strip());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Matrix");
            assertEquals("trust: passages", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("clientelism: summary", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals("alpha", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, (int) sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(CodedLibraries.TRUST_SUMMARY, sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals(1, (int) sheet.getRow(2).getCell(2).getNumericCellValue(), "beta's trust passage");
            assertEquals(0, (int) sheet.getRow(3).getCell(4).getNumericCellValue(), "gamma has no clientelism passage");
            assertEquals(3, book.getSheet("Passages").getLastRowNum());
        }
    }

    @Test
    void writesTheCsvOfChosenCasesWithCodesGivenById() throws Exception {
        String id = CodebookChanges.find(Library.open(library).root().getCodebook(), CodedLibraries.COFINANCING).orElseThrow().getId();
        assertTrue(id.startsWith("code-"), id);
        Path out = dir.resolve("m.csv");
        CommandRun r = matrix("--codes", id, "--cases", "beta,alpha", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1); // after the BOM
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(3, rows.size());
            assertEquals(List.of("beta", "Beta village shop", "co-financing", "0", "", ""), rows.get(1).toList());
            assertEquals("alpha", rows.get(2).get(0));
            assertEquals("1", rows.get(2).get(3));
            assertTrue(rows.get(2).get(5).startsWith("\u201C" + CodedLibraries.DOCUMENT_PASSAGE + "\u201D (document"), rows.get(2).get(5));
        }
    }

    @Test
    void anUnknownCodeIsNamedWithTheCodebooksClosestNames() {
        Path out = dir.resolve("m.xlsx");
        CommandRun r = matrix("--codes", "trust,trsut", "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("coprod matrix: --codes trsut: no such code; the closest in the codebook: \u201Ctrust\u201D", r.err().strip());
        assertFalse(Files.exists(out));
        CommandRun far = matrix("--codes", "zzzzzzzzzz", "--out", out.toString());
        assertEquals(2, far.code());
        assertTrue(far.err().contains("no such code, nor one with a similar name; the codebook's own codes include \u201Ctrust\u201D, "
                + "\u201Cclientelism\u201D, \u201Cco-financing\u201D"), far.err());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path out = Files.writeString(dir.resolve("m.csv"), "mine");
        CommandRun r = matrix("--codes", "trust", "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("coprod matrix: " + out.toAbsolutePath() + " already exists: use --force to replace it", r.err().strip());
        assertEquals("mine", Files.readString(out));
        assertEquals(0, matrix("--codes", "trust", "--out", out.toString(), "--force").code());
        assertTrue(Files.readString(out).contains("case id,case name,code,count,summary,passages"));
    }

    @Test
    void badUsageIsReportedBeforeAnythingIsWritten() {
        assertEquals("coprod matrix: no code given: use --codes CODE[,CODE...] for the matrix's columns",
                matrix("--out", dir.resolve("m.xlsx").toString()).err().strip());
        assertEquals("coprod matrix: --out m.ods: give a file ending in .xlsx or .csv",
                matrix("--codes", "trust", "--out", dir.resolve("m.ods").toString()).err().strip());
        CommandRun unknownCase = matrix("--codes", "trust", "--cases", "alpha,omega", "--out", dir.resolve("m.xlsx").toString());
        assertEquals(2, unknownCase.code());
        assertTrue(unknownCase.err().contains("Unknown case id 'omega'"), unknownCase.err());
        CommandRun inside = matrix("--codes", "trust", "--out", library.resolve("m.xlsx").toString());
        assertTrue(inside.err().contains("inside the case library"), inside.err());
        assertFalse(Files.exists(library.resolve("m.xlsx")));
        assertFalse(Files.exists(dir.resolve("m.xlsx")));
    }
}
