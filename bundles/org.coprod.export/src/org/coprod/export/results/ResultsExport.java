package org.coprod.export.results;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.coprod.export.BriefException;
import org.coprod.export.ExportFile;
import org.coprod.export.Messages;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the cases a search found, in the order found, to a file: our own columns ({@link ResultColumns}) as CSV or as
 * an Excel workbook, or Participedia's case CSV ({@link ParticipediaColumns}). The file is written whole or not at all,
 * never into the library, and an existing file only when allowed; no cell starts a formula ({@link FormulaGuard}).
 */
public final class ResultsExport {

    /** What was written. */
    public record Result(Path file, ResultFormat format, int cases) {
    }

    private final ResultFormat format;
    private final ExportFile file;

    /** @param libraryFolder the folder of the library the cases come from, which an export never writes into */
    public ResultsExport(ResultFormat format, Path destination, Path libraryFolder, boolean overwrite) {
        this.format = format;
        this.file = new ExportFile(destination, Messages.What_results, "cases." + format.extension(), libraryFolder, List.of(),
                overwrite);
    }

    /** Checks the destination before any work; an existing file is a {@code BriefExport.DestinationExistsException}. */
    public void check() throws BriefException {
        file.checkPlace();
        ResultFormat named = ResultFormat.of(file.target()).orElse(null);
        if (named != null && named != format) {
            throw new BriefException(file.target().getFileName() + " names a " + named.extension() + " file but the format is "
                    + format.extension());
        }
        file.checkSafe();
    }

    /** Writes the cases; {@code library} names the cases' children (Participedia's components). Cancelling leaves nothing. */
    public Result write(List<Case> cases, CaseLibrary library, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + cases.size() + " cases", 4);
        check();
        byte[] bytes = switch (format) {
            case CSV -> ours(cases).getBytes(StandardCharsets.UTF_8);
            case XLSX -> ResultsWorkbook.write(cases);
            case PARTICIPEDIA -> participedia(cases, library).getBytes(StandardCharsets.UTF_8);
        };
        progress.worked(3);
        ExportFile.cancelled(progress);
        file.write(bytes, progress.split(1));
        return new Result(file.target(), format, cases.size());
    }

    /** Our columns as CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF as RFC 4180 says. */
    static String ours(List<Case> cases) throws BriefException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(ResultColumns.names());
            for (Case c : cases) {
                List<Object> row = new ArrayList<>();
                for (ResultColumns.Column col : ResultColumns.ALL) {
                    Object v = col.value().apply(c);
                    row.add(v instanceof String s ? FormulaGuard.csv(s) : v);
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new BriefException(NLS.bind(Messages.Build_csv, e.getMessage()), e);
        }
        return out.toString();
    }

    /**
     * Participedia's case CSV byte for byte as its export writes it (json2csv): a byte-order mark, every header and
     * text quoted, numbers bare, nothing for no value, LF line ends and none after the last row.
     */
    static String participedia(List<Case> cases, CaseLibrary library) throws BriefException {
        List<Map<String, Object>> rows = cases.stream().map(c -> ParticipediaColumns.row(c, library)).toList();
        List<String> header = ParticipediaColumns.header(rows);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(header);
            for (Map<String, Object> r : rows) {
                List<Object> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    Object v = ParticipediaColumns.cell(r, column);
                    cells.add(v instanceof String s ? FormulaGuard.csv(s) : v);
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new BriefException(NLS.bind(Messages.Build_participedia, e.getMessage()), e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
