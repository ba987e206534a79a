package org.coprod.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rows of an import file (CSV in UTF-8, or the first sheet of an XLSX workbook), keyed by header name. */
public final class CaseTable {

    /** One data row; {@code number} counts the header as row 1, as a spreadsheet shows it. */
    public record Line(int number, Map<String, String> cells) {
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

    public List<String> header() {
        return header;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Reads a {@code .csv} or {@code .xlsx} file; anything else is refused with a message naming the file. */
    public static CaseTable read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
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

    public static CaseTable readCsv(InputStream in, String what) throws IOException {
        // Strict UTF-8: a file saved in another encoding is refused rather than imported with mangled names.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        try (Reader reader = new java.io.InputStreamReader(in, decoder); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                // +1 for the header row, +1 because spreadsheets count from 1
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return new CaseTable(header, lines);
        } catch (CharacterCodingException e) {
            throw new IOException(what + ": not valid UTF-8 text (save the file as CSV UTF-8)", e);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException(what + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    public static CaseTable readXlsx(InputStream in, String what) throws IOException {
        org.coprod.core.PoiLogging.unblock();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // POI finds its XML bean types through the context class loader; inside OSGi that must be POI's own.
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new IOException(what + ": the first sheet is empty");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    String v = cell == null ? "" : formatter.formatCellValue(cell);
                    empty &= v.isBlank();
                    cells.put(header.get(c), v);
                }
                if (!empty) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new CaseTable(header, lines);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new IOException(what + ": not an XLSX workbook (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new IOException(what + ": cannot read the workbook: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
