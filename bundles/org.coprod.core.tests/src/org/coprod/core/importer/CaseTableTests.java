package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an import file: rows numbered as a spreadsheet shows them, and every unreadable file refused in plain words. */
class CaseTableTests {

    /**
     * LibreOffice Calc 7.4, opening this file ({@code --convert-to xlsx}), puts the rows at 1 (header), 2 (a), 3 (empty),
     * 4 (b, its note on two lines in one cell), 5 (c), 6 and 7 (empty) and 8 (d).
     */
    static final String BLANKS_AND_MULTI_LINE = "id,name,countries,note\na,A,PK,x\n\n"
            + "b,B,PK,\"line one\nline two\"\nc,C,PK,z\n\n\nd,D,ZZ,w\n";

    @TempDir
    Path dir;

    @Test
    void rowsAfterBlankLinesAndMultiLineCellsAreNumberedAsASpreadsheetShowsThem() throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, BLANKS_AND_MULTI_LINE, StandardCharsets.UTF_8);
        CaseTable table = CaseTable.read(file);
        assertEquals(List.of("a", "b", "c", "d"), table.lines().stream().map(l -> l.get("id")).toList(), "blank lines are no rows of data");
        assertEquals(List.of(2, 4, 5, 8), table.lines().stream().map(CaseTable.Line::number).toList());
        assertEquals("line one\nline two", table.lines().get(1).get("note"));
        Library library = Library.create(dir.resolve("lib"), "Rows");
        CaseImporter.Result result = new CaseImporter(library).importTable(table, CaseImporter.Options.STRICT);
        assertEquals(List.of("row 8, column 'countries': 'ZZ' is not an ISO 3166-1 alpha-2 country code"),
                result.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void aBlankLineBeforeTheHeaderIsARowToo() throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, "\nid,name\na,A\n", StandardCharsets.UTF_8);
        CaseTable table = CaseTable.read(file);
        assertEquals(List.of("id", "name"), table.header());
        assertEquals(3, table.lines().get(0).number());
    }

    @Test
    void anUnclosedQuoteNamesTheFileAndTheRowInPlainWords() throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, "id,name\na,A\n\nb,\"B is never closed\nc,C\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> CaseTable.read(file));
        assertEquals(file + ": row 4: a quoted cell is never closed (a \" opens it and no \" ends it before the end of the file)",
                e.getMessage());
        assertNoLibraryWords(e.getMessage(), file);
    }

    @Test
    void textAfterAClosingQuoteNamesTheRow() throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, "id,name\na,\"A\"x\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> CaseTable.read(file));
        assertTrue(e.getMessage().startsWith(file + ": row 2: a quoted cell has text after its closing \""), e.getMessage());
        assertNoLibraryWords(e.getMessage(), file);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInPlainWords() throws IOException {
        Path text = dir.resolve("cases.xlsx");
        Files.writeString(text, "id,name\na,A\n");
        IOException e = assertThrows(IOException.class, () -> CaseTable.read(text));
        assertEquals(text + " is not an Excel workbook (.xlsx), or it is damaged", e.getMessage());

        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = workbook();
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        IOException t = assertThrows(IOException.class, () -> CaseTable.read(truncated));
        assertEquals(truncated + " is not an Excel workbook (.xlsx), or it is damaged", t.getMessage());

        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        IOException z = assertThrows(IOException.class, () -> CaseTable.read(empty));
        assertEquals(empty + " is empty, not an Excel workbook (.xlsx)", z.getMessage());

        assertNoLibraryWords(e.getMessage(), text);
        assertNoLibraryWords(t.getMessage(), truncated);
        assertNoLibraryWords(z.getMessage(), empty);
    }

    @Test
    void aFolderIsRefusedAsAFolder() throws IOException {
        for (String name : List.of("cases", "cases.csv", "cases.xlsx")) {
            Path folder = Files.createDirectories(dir.resolve(name));
            IOException e = assertThrows(IOException.class, () -> CaseTable.read(folder));
            assertEquals(folder + ": is a folder, not a CSV or XLSX file", e.getMessage());
        }
        IOException missing = assertThrows(IOException.class, () -> CaseTable.read(dir.resolve("missing.csv")));
        assertEquals(dir.resolve("missing.csv") + ": no such file", missing.getMessage());
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Cases").createRow(0);
            row.createCell(0).setCellValue("id");
            row.createCell(1).setCellValue("name");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Wording of POI, Commons CSV or Java a user of the importer should never have to read. */
    static void assertNoLibraryWords(String message, Path file) {
        String words = message.replace(file.toString(), "FILE");
        for (String word : List.of("ooxml", "encapsulated", "eof", "startline", "exception", "zip", "poi", "token")) {
            assertFalse(words.toLowerCase(Locale.ROOT).contains(word), "'" + word + "' in: " + message);
        }
    }
}
