package org.coprod.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.PoiLogging;

/**
 * A framework matrix as an Excel workbook. Sheet "Matrix" has a row per case and two columns per code, the number of
 * passages (a number, so it sorts and sums) and the researcher's summary; sheet "Passages" has a row per passage of
 * each cell, with the case, the code, where the passage lies and the quote. Both have their header row frozen and a
 * filter; every value is a string or number cell, never a formula. It is built from a {@link MatrixTable}, never from
 * the model, so that it can be made in a background job.
 */
final class MatrixWorkbook {

    static final String MATRIX_SHEET = "Matrix";
    static final String PASSAGES_SHEET = "Passages";
    static final List<String> PASSAGE_COLUMNS = List.of("Case id", "Case name", "Code", "Text", "Start", "End", "Quote", "Coder", "Date");

    /** Column widths in characters: wide enough to read, narrow enough that a row of a few codes fits a screen. */
    private static final int ID_WIDTH = 24;
    private static final int NAME_WIDTH = 36;
    private static final int COUNT_WIDTH = 14;
    private static final int SUMMARY_WIDTH = 48;
    private static final int QUOTE_WIDTH = 80;
    /** Excel's tallest row. */
    private static final float MAX_ROW_POINTS = 409;

    private final XSSFWorkbook book;
    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle top;

    private MatrixWorkbook(XSSFWorkbook book) {
        this.book = book;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);
        wrapped = book.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        // a row made tall by a wrapped cell reads from the top, its other cells too
        top = book.createCellStyle();
        top.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The header of a code's two columns in sheet "Matrix". */
    static String countHeader(String code) {
        return code + ": passages";
    }

    static String summaryHeader(String code) {
        return code + ": summary";
    }

    /** Writes the workbook of a matrix. */
    static void write(MatrixTable matrix, OutputStream out) throws IOException {
        // POI finds its XML types through the context class loader: in OSGi it must be POI's own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        PoiLogging.unblock();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            MatrixWorkbook w = new MatrixWorkbook(book);
            w.matrix(matrix);
            w.passages(matrix);
            book.getProperties().getCoreProperties().setTitle("Framework matrix");
            book.getProperties().getCoreProperties().setCreator("Co-production Workbench");
            book.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void matrix(MatrixTable m) {
        XSSFSheet sheet = book.createSheet(MATRIX_SHEET);
        List<String> head = new ArrayList<>(List.of("Case id", "Case name"));
        for (String code : m.codes()) {
            head.add(countHeader(code));
            head.add(summaryHeader(code));
        }
        sheet.setColumnWidth(0, width(ID_WIDTH));
        sheet.setColumnWidth(1, width(NAME_WIDTH));
        for (int j = 0; j < m.codes().size(); j++) {
            sheet.setColumnWidth(2 + 2 * j, width(COUNT_WIDTH));
            sheet.setColumnWidth(3 + 2 * j, width(SUMMARY_WIDTH));
        }
        headerRow(sheet, head);
        for (int i = 0; i < m.rows().size(); i++) {
            MatrixTable.Row c = m.rows().get(i);
            XSSFRow row = sheet.createRow(i + 1);
            text(row, 0, c.caseId(), false);
            text(row, 1, c.caseName(), true);
            for (int j = 0; j < m.codes().size(); j++) {
                number(row, 2 + 2 * j, c.counts().get(j));
                text(row, 3 + 2 * j, c.summaries().get(j), true);
            }
        }
        // the case's id and name stay in view when scrolling right, the header when scrolling down
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, m.rows().size()), 0, head.size() - 1));
        print(sheet);
    }

    private void passages(MatrixTable m) {
        XSSFSheet sheet = book.createSheet(PASSAGES_SHEET);
        int[] widths = { ID_WIDTH, NAME_WIDTH, 20, NAME_WIDTH, 8, 8, QUOTE_WIDTH, 20, 12 };
        for (int k = 0; k < widths.length; k++) {
            sheet.setColumnWidth(k, width(widths[k]));
        }
        headerRow(sheet, PASSAGE_COLUMNS);
        int r = 1;
        for (MatrixTable.Passage p : m.passages()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, p.caseId(), false);
            text(row, 1, p.caseName(), true);
            text(row, 2, p.code(), false);
            text(row, 3, p.text(), true);
            number(row, 4, p.start());
            number(row, 5, p.end());
            text(row, 6, p.quote(), true);
            text(row, 7, p.coder(), false);
            text(row, 8, p.day(), false);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, PASSAGE_COLUMNS.size() - 1));
        print(sheet);
    }

    private void headerRow(XSSFSheet sheet, List<String> names) {
        XSSFRow row = sheet.createRow(0);
        for (int k = 0; k < names.size(); k++) {
            XSSFCell cell = row.createCell(k);
            String text = Passages.fitCell(SafeText.printable(names.get(k)));
            cell.setCellValue(text);
            cell.setCellStyle(header);
            fitHeight(row, k, text, 0.75); // bold: fewer letters a line
        }
    }

    /** A string cell (never a formula, whatever the text starts with), cut to what a cell holds; wrapped, it sets its row's height. */
    private void text(XSSFRow row, int column, String value, boolean wrap) {
        XSSFCell cell = row.createCell(column);
        String text = Passages.fitCell(SafeText.printable(value == null ? "" : value));
        cell.setCellValue(text);
        cell.setCellStyle(wrap ? wrapped : top);
        if (wrap) {
            fitHeight(row, column, text, 1);
        }
    }

    private void number(XSSFRow row, int column, int value) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(top);
    }

    /**
     * Makes a row tall enough for a wrapped cell's lines, estimated from its column's width: neither Excel nor
     * LibreOffice fits a row's height to wrapped text when opening a file, so the lines would overlap the next row.
     */
    private static void fitHeight(XSSFRow row, int column, String text, double letters) {
        int perLine = Math.max(1, (int) (letters * row.getSheet().getColumnWidth(column) / 256) - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.codePointCount(0, line.length()) + perLine - 1) / perLine);
        }
        float height = Math.min(MAX_ROW_POINTS, lines * row.getSheet().getDefaultRowHeightInPoints());
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    /** Printed landscape, as wide as the page: a matrix is read across. */
    private static void print(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** A width in characters as POI counts it (1/256 of a character). */
    private static int width(int characters) {
        return characters * 256;
    }
}
