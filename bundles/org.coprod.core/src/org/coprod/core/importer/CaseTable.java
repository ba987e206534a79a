package org.coprod.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.PoiLogging;
import org.eclipse.osgi.util.NLS;

/**
 * The rows of an import file (CSV in UTF-8, or the first sheet of an XLSX workbook), keyed by header name. Nothing is
 * dropped silently: a value beyond the header's last column, or a formula whose value cannot be had, is a problem of
 * its line.
 */
public final class CaseTable {

    /**
     * One data row; {@code number} counts the header as row 1, as a spreadsheet shows it. {@code problems} are what
     * could not be read from the file itself (such as a value with no column).
     */
    public record Line(int number, Map<String, String> cells, List<ImportProblem> problems) {
        public Line(int number, Map<String, String> cells) {
            this(number, cells, List.of());
        }

        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private final List<String> header;
    private final List<Line> lines;

    private CaseTable(List<String> header, List<Line> lines) {
        this.header = header;
        this.lines = lines;
    }

    /** The column names in file order, duplicates included (so that the importer can refuse them). */
    public List<String> header() {
        return header;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Reads a {@code .csv} or {@code .xlsx} file; anything else is refused with a message naming the file. */
    public static CaseTable read(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not a CSV or XLSX file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (name.endsWith(".csv")) {
            try (InputStream in = Files.newInputStream(file)) {
                return readCsv(in, file.toString());
            }
        }
        if (name.endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return readXlsx(in, file.toString());
            }
        }
        throw new IOException(file + ": not a .csv or .xlsx file");
    }

    /**
     * Reads CSV text. Rows are numbered as a spreadsheet opening the file shows them (LibreOffice Calc and Excel alike):
     * one row per record, so a blank line is an empty row of its own and a quoted cell spanning several lines stays in
     * one row; the header is row 1 when it is the first line.
     */
    public static CaseTable readCsv(InputStream in, String what) throws IOException {
        // Strict UTF-8: a file saved in another encoding is refused rather than imported with mangled names.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // The header is read as an ordinary record: Commons CSV refuses duplicate names with a message of its own,
        // and the importer's message names the column. Blank lines are kept as records so that they are counted as
        // the rows they are in a spreadsheet, then passed over.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();
        long lastRow = 0;
        try (Reader reader = new InputStreamReader(in, decoder); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lastRow = record.getRecordNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = record.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
                    continue;
                }
                int number = (int) record.getRecordNumber();
                Map<String, String> cells = new LinkedHashMap<>();
                List<ImportProblem> problems = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    if (i < header.size()) {
                        cells.putIfAbsent(header.get(i), record.get(i));
                    } else if (!record.get(i).isBlank()) {
                        problems.add(beyondHeader(number, i, header.size(), record.get(i)));
                    }
                }
                lines.add(new Line(number, cells, problems));
            }
            return new CaseTable(header == null ? List.of() : header, lines);
        } catch (CharacterCodingException e) {
            throw new IOException(what + ": not valid UTF-8 text (save the file as CSV UTF-8)", e);
        } catch (UncheckedIOException e) {
            // the records are decoded as they are read, so a bad byte surfaces here, wrapped
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IOException(what + ": not valid UTF-8 text (save the file as CSV UTF-8)", e);
            }
            throw new IOException(what + ": row " + (lastRow + 1) + ": " + malformed(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(what + ": row " + (lastRow + 1) + ": " + malformed(e), e);
        }
    }

    /** What is wrong with a record Commons CSV refused, in a user's words rather than its lexer's. */
    private static String malformed(RuntimeException e) {
        // Commons CSV names the physical line where the record started, which a spreadsheet does not show; the caller names the row.
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Messages.Csv_unclosed;
        }
        if (message.toLowerCase(Locale.ROOT).contains("invalid character between encapsulated token and delimiter")) {
            return Messages.Csv_afterQuote;
        }
        return Messages.Csv_unreadable;
    }

    private static ImportProblem beyondHeader(int row, int index, int headerSize, String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new ImportProblem(row, columnLetters(index),
                NLS.bind(Messages.Table_beyondHeader, headerSize, shown.strip()));
    }

    public static CaseTable readXlsx(InputStream in, String what) throws IOException {
        PoiLogging.unblock();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // POI finds its XML bean types through the context class loader; inside OSGi that must be POI's own.
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (Workbook workbook = openWorkbook(in, what)) {
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new IOException(what + ": the first sheet is empty");
            }
            List<String> header = new ArrayList<>();
            List<ImportProblem> ignored = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                header.add(cell == null ? "" : value(cell, evaluator, ignored).strip());
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                List<ImportProblem> problems = new ArrayList<>();
                boolean empty = true;
                for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String v = cell == null ? "" : value(cell, evaluator, problems, r + 1, c < header.size() ? header.get(c) : null, c);
                    empty &= v.isBlank();
                    if (c < header.size()) {
                        cells.putIfAbsent(header.get(c), v);
                    } else if (!v.isBlank()) {
                        problems.add(beyondHeader(r + 1, c, header.size(), v));
                    }
                }
                if (!empty || !problems.isEmpty()) {
                    lines.add(new Line(r + 1, cells, problems));
                }
            }
            return new CaseTable(header, lines);
        } catch (RuntimeException e) {
            // a sheet POI opened but cannot read through
            throw new IOException(damaged(what), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The workbook, or an error saying in plain words why the file is not one (POI's own words name OOXML and zip entries). */
    private static Workbook openWorkbook(InputStream in, String what) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (EmptyFileException e) {
            throw new IOException(what + " is empty, not an Excel workbook (.xlsx)", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new IOException(what
                    + " is an Excel 97-2003 workbook (.xls) or another older Office file: save it as an Excel workbook (.xlsx)", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException(damaged(what), e);
        }
    }

    private static String damaged(String what) {
        return what + " is not an Excel workbook (.xlsx), or it is damaged";
    }

    private static String value(Cell cell, FormulaEvaluator evaluator, List<ImportProblem> problems) {
        return value(cell, evaluator, problems, cell.getRowIndex() + 1, null, cell.getColumnIndex());
    }

    /**
     * A cell's value as the importer reads text: a formula gives its value (the one Excel cached, or computed when none
     * was), a number its plain digits whatever format shows it (so "2,500,000" on screen imports as 2500000), a date its
     * ISO form.
     */
    private static String value(Cell cell, FormulaEvaluator evaluator, List<ImportProblem> problems, int row, String column, int index) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            CellValue v;
            try {
                v = evaluator.evaluate(cell);
            } catch (RuntimeException e) {
                v = null;
            }
            if (v == null || v.getCellType() == CellType.ERROR) {
                problems.add(new ImportProblem(row, column == null ? columnLetters(index) : column,
                        NLS.bind(Messages.Table_formula, cell.getCellFormula())));
                return "";
            }
            return switch (v.getCellType()) {
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(DateUtil.getLocalDateTime(v.getNumberValue()))
                        : plain(v.getNumberValue());
                case BOOLEAN -> v.getBooleanValue() ? "yes" : "no";
                case STRING -> v.getStringValue();
                default -> "";
            };
        }
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    /** A column as a spreadsheet names it (0 is A, 26 is AA), for a cell that has no header. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }
}
