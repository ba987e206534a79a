package org.coprod.export;

import static org.coprod.testing.CodedLibraries.ALPHA_NOTE_PASSAGE;
import static org.coprod.testing.CodedLibraries.ALPHA_NOTE_TITLE;
import static org.coprod.testing.CodedLibraries.BETA_NOTE;
import static org.coprod.testing.CodedLibraries.BETA_NOTE_TITLE;
import static org.coprod.testing.CodedLibraries.CODER;
import static org.coprod.testing.CodedLibraries.DOCUMENT_PASSAGE;
import static org.coprod.testing.CodedLibraries.DOCUMENT_TITLE;
import static org.coprod.testing.CodedLibraries.TRUST_SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.Library;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.testing.CodedLibraries;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework matrix written to .xlsx and .csv, read back with POI and Commons CSV and checked against the library's passages. */
class MatrixExportTests {

    @TempDir
    Path dir;
    Library library;
    FrameworkMatrix matrix;

    /** The document passage's range, in code points: it holds a character outside the BMP. */
    static final String DOCUMENT_RANGE = "0–" + DOCUMENT_PASSAGE.codePointCount(0, DOCUMENT_PASSAGE.length());

    @BeforeEach
    void library() throws Exception {
        library = CodedLibraries.write(dir.resolve("library"));
        List<Code> codes = new ArrayList<>();
        for (String name : List.of(CodedLibraries.TRUST, CodedLibraries.CLIENTELISM, CodedLibraries.COFINANCING)) {
            codes.add(CodebookChanges.find(library.root().getCodebook(), name).orElseThrow());
        }
        matrix = FrameworkMatrix.of(library.root().getCases(), codes);
    }

    private Path write(MatrixExport.Format format, String name) throws Exception {
        Path out = dir.resolve(name);
        new MatrixExport(format, out, library.folder(), false).write(matrix, new NullProgressMonitor());
        return out;
    }

    private static XSSFWorkbook workbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The note passage as the CSV cites it. */
    static final String NOTE_CITED = "\u201C" + ALPHA_NOTE_PASSAGE + "\u201D (note \u201C" + ALPHA_NOTE_TITLE + "\u201D, 0–"
            + ALPHA_NOTE_PASSAGE.length() + ")";

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (Cell c : row) {
            values.add(c.getCellType() == CellType.NUMERIC ? (Object) (int) c.getNumericCellValue() : c.getStringCellValue());
        }
        return values;
    }

    @Test
    void workbookHasACaseARowAndPerCodeItsCountAndSummary() throws Exception {
        try (XSSFWorkbook book = workbook(write(MatrixExport.Format.XLSX, "matrix.xlsx"))) {
            XSSFSheet sheet = book.getSheet("Matrix");
            assertEquals(List.of("Case id", "Case name", "trust: passages", "trust: summary", "clientelism: passages",
                    "clientelism: summary", "co-financing: passages", "co-financing: summary"), values(sheet.getRow(0)));
            assertEquals(List.of("alpha", "Alpha budget forum", 1, TRUST_SUMMARY, 1, "", 1, ""), values(sheet.getRow(1)));
            assertEquals(List.of("beta", "Beta village shop", 1, "", 0, "", 0, ""), values(sheet.getRow(2)));
            assertEquals(List.of("gamma", "Gamma water board", 0, "", 0, "", 0, ""), values(sheet.getRow(3)));
            assertEquals(3, sheet.getLastRowNum());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType(), "a count sorts and sums as a number");
            // the header row and the case's id and name stay in view
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition());
            assertTrue(sheet.getColumnWidth(1) >= 30 * 256 && sheet.getColumnWidth(3) >= 40 * 256, "names and summaries are readable");
            assertTrue(sheet.getColumnWidth(2) < sheet.getColumnWidth(3), "a count column is narrower than a summary");
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void workbookListsEachCellsPassagesOnASecondSheet() throws Exception {
        try (XSSFWorkbook book = workbook(write(MatrixExport.Format.XLSX, "matrix.xlsx"))) {
            XSSFSheet sheet = book.getSheet("Passages");
            assertEquals(MatrixWorkbook.PASSAGE_COLUMNS, values(sheet.getRow(0)));
            int documentEnd = DOCUMENT_PASSAGE.codePointCount(0, DOCUMENT_PASSAGE.length());
            assertEquals(List.of("alpha", "Alpha budget forum", "trust", "document \u201C" + DOCUMENT_TITLE + "\u201D", 0, documentEnd,
                    DOCUMENT_PASSAGE, CODER, "2024-05-02"), values(sheet.getRow(1)));
            assertEquals(List.of("alpha", "Alpha budget forum", "clientelism", "note \u201C" + ALPHA_NOTE_TITLE + "\u201D", 0,
                    ALPHA_NOTE_PASSAGE.length(), ALPHA_NOTE_PASSAGE, CODER, "2024-05-02"), values(sheet.getRow(2)));
            assertEquals("co-financing", sheet.getRow(3).getCell(2).getStringCellValue(), "a passage with two codes is in both cells");
            assertEquals(DOCUMENT_PASSAGE, sheet.getRow(3).getCell(6).getStringCellValue());
            assertEquals(List.of("beta", "Beta village shop", "trust", "note \u201C" + BETA_NOTE_TITLE + "\u201D", 0, BETA_NOTE.length(),
                    BETA_NOTE, CODER, "2024-05-02"), values(sheet.getRow(4)));
            assertEquals(4, sheet.getLastRowNum());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void aPassageLongerThanACellHoldsIsCutSayingSo() throws Exception {
        String longQuote = "word ".repeat(10_000);
        matrix.cell(0, 0).segments().get(0).setQuote(longQuote);
        try (XSSFWorkbook book = workbook(write(MatrixExport.Format.XLSX, "long.xlsx"))) {
            String cell = book.getSheet("Passages").getRow(1).getCell(6).getStringCellValue();
            assertTrue(cell.length() <= 32_767 && cell.startsWith("word word"), "length " + cell.length());
            assertTrue(cell.endsWith("more characters; the full text is in the library)"), cell.substring(cell.length() - 80));
        }
    }

    @Test
    void aLongSummaryMakesItsRowTallEnoughToRead() throws Exception {
        Code trust = matrix.codes().get(0);
        Case beta = library.findCase("beta").orElseThrow();
        FrameworkMatrix.summarise(null, beta, trust, "A summary. ".repeat(40), null, null).execute();
        matrix = FrameworkMatrix.of(matrix.cases(), matrix.codes());
        try (XSSFWorkbook book = workbook(write(MatrixExport.Format.XLSX, "tall.xlsx"))) {
            XSSFSheet sheet = book.getSheet("Matrix");
            float line = sheet.getDefaultRowHeightInPoints();
            // 440 characters in a column 48 wide: ten lines or so
            assertTrue(sheet.getRow(2).getHeightInPoints() >= 9 * line, sheet.getRow(2).getHeightInPoints() + " points");
            assertTrue(sheet.getRow(3).getHeightInPoints() < 2 * line, "a row of short text stays one line high");
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void csvHasARowPerCaseAndCodeWithItsPassages() throws Exception {
        List<CSVRecord> rows = QuotationExportTests.csv(write(MatrixExport.Format.CSV, "matrix.csv"));
        assertEquals(MatrixExport.COLUMNS, rows.get(0).toList());
        assertEquals(1 + 3 * 3, rows.size());
        assertEquals(List.of("alpha", "Alpha budget forum", "trust", "1", TRUST_SUMMARY,
                "\u201C" + DOCUMENT_PASSAGE + "\u201D (document \u201C" + DOCUMENT_TITLE + "\u201D, " + DOCUMENT_RANGE + ")"),
                rows.get(1).toList());
        assertEquals(List.of("alpha", "Alpha budget forum", "clientelism", "1", "", NOTE_CITED), rows.get(2).toList());
        assertEquals(List.of("beta", "Beta village shop", "clientelism", "0", "", ""), rows.get(5).toList());
        assertEquals(List.of("gamma", "Gamma water board", "co-financing", "0", "", ""), rows.get(9).toList());
    }

    @Test
    void aCellOfSeveralPassagesListsThemOneALine() throws Exception {
        Code trust = matrix.codes().get(0);
        Code clientelism = matrix.codes().get(1);
        FrameworkMatrix both = FrameworkMatrix.of(List.of(library.findCase("alpha").orElseThrow()), List.of(trust, clientelism));
        both.cell(0, 1).segments().get(0).getCodes().add(trust); // the note passage is now a trust passage too
        both = FrameworkMatrix.of(both.cases(), both.codes());
        Path out = dir.resolve("two.csv");
        new MatrixExport(MatrixExport.Format.CSV, out, library.folder(), false).write(both, new NullProgressMonitor());
        CSVRecord row = QuotationExportTests.csv(out).get(1);
        assertEquals("2", row.get(MatrixExport.COLUMNS.indexOf("count")));
        assertEquals(List.of("\u201C" + DOCUMENT_PASSAGE + "\u201D (document \u201C" + DOCUMENT_TITLE + "\u201D, " + DOCUMENT_RANGE + ")",
                NOTE_CITED), List.of(row.get(MatrixExport.COLUMNS.indexOf("passages")).split("\n")));
    }

    @Test
    void anExistingFileIsNotReplacedWithoutPermission() throws Exception {
        Path mine = Files.writeString(dir.resolve("matrix.xlsx"), "not a workbook");
        assertThrows(BriefExport.DestinationExistsException.class,
                () -> new MatrixExport(MatrixExport.Format.XLSX, mine, library.folder(), false).write(matrix, new NullProgressMonitor()));
        assertEquals("not a workbook", Files.readString(mine));
        BriefException named = assertThrows(BriefException.class,
                () -> new MatrixExport(MatrixExport.Format.CSV, dir.resolve("m.xlsx"), null, false).check());
        assertEquals("m.xlsx names a xlsx file but the format is csv", named.getMessage());
    }

    @Test
    void whatWasReadIsWrittenWhateverTheModelBecameAndACancelledWriteLeavesNothing() throws Exception {
        Path out = dir.resolve("read.xlsx");
        MatrixExport export = new MatrixExport(MatrixExport.Format.XLSX, out, library.folder(), false);
        MatrixExport.Content content = export.read(matrix);
        String name = library.findCase("alpha").orElseThrow().getName();
        // edits after the read (the UI thread goes on while the job writes) are not in the file, nor can they break it
        library.findCase("alpha").orElseThrow().setName("Renamed meanwhile");
        library.findCase("alpha").orElseThrow().getSegments().clear();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> export.write(content, cancelled));
        assertFalse(Files.exists(out), "a cancelled export writes nothing");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("read.xlsx")).toList(), "no part file either");
        }
        export.write(content, new NullProgressMonitor());
        try (XSSFWorkbook book = workbook(out)) {
            List<Object> names = new ArrayList<>();
            for (Row row : book.getSheet(MatrixWorkbook.MATRIX_SHEET)) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertTrue(names.contains(name), names.toString());
            assertTrue(book.getSheet(MatrixWorkbook.PASSAGES_SHEET).getLastRowNum() > 0, "the passages as they were read");
        }
    }
}
