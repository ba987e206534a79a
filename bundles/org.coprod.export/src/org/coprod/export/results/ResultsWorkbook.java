package org.coprod.export.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coprod.core.PoiLogging;
import org.coprod.export.BriefException;
import org.coprod.export.Messages;
import org.coprod.model.Case;

/**
 * The cases of a search as an Excel workbook: one sheet, {@value #SHEET}, with our columns, the header row bold,
 * frozen and filtered; text as text cells (never a formula), years as numbers.
 */
final class ResultsWorkbook {

    static final String SHEET = "Cases";

    /** Excel's longest cell; a longer summary is cut, which only a very long one is. */
    private static final int MAX_CELL = 32_767;
    private static final int WIDE = 60;
    private static final int NARROW = 16;

    private ResultsWorkbook() {
    }

    static byte[] write(List<Case> cases) throws BriefException {
        // POI finds its XML types through the context class loader: in OSGi it must be POI's own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        PoiLogging.unblock();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            fill(book, cases);
            book.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // POI's own words about its parts tell a user nothing; the cause stays attached for a bug report
            throw new BriefException(Messages.Build_resultsWorkbook, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void fill(XSSFWorkbook book, List<Case> cases) {
        XSSFSheet sheet = book.createSheet(SHEET);
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);
        CellStyle quoted = book.createCellStyle();
        quoted.setQuotePrefixed(true);
        List<ResultColumns.Column> columns = ResultColumns.ALL;
        XSSFRow top = sheet.createRow(0);
        for (int k = 0; k < columns.size(); k++) {
            XSSFCell cell = top.createCell(k);
            cell.setCellValue(columns.get(k).name());
            cell.setCellStyle(header);
            String name = columns.get(k).name();
            sheet.setColumnWidth(k, 256 * (name.equals("name") || name.equals("summary") ? WIDE : NARROW));
        }
        int r = 1;
        for (Case c : cases) {
            XSSFRow row = sheet.createRow(r++);
            for (int k = 0; k < columns.size(); k++) {
                Object v = columns.get(k).value().apply(c);
                if (v instanceof Integer n) {
                    row.createCell(k).setCellValue(n.doubleValue());
                } else if (v instanceof String s) {
                    XSSFCell cell = row.createCell(k);
                    cell.setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
                    if (FormulaGuard.risky(s)) {
                        cell.setCellStyle(quoted);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }
}
