package org.coprod.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * A framework matrix written as an Excel workbook ({@link MatrixWorkbook}) or as a CSV table with one row per case and
 * code. Nothing is written over the library, the file is written whole or not at all, and an existing file only when
 * allowed.
 */
public final class MatrixExport {

    /** The formats a matrix is written in. */
    public enum Format {
        XLSX("xlsx"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name's extension names, if any. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return Optional.of(XLSX);
            }
            return name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
        }
    }

    /** The columns of the CSV table, in order. */
    static final List<String> COLUMNS = List.of("case id", "case name", "code", "count", "summary", "passages");

    private final Format format;
    private final ExportFile file;

    /** @param libraryFolder the folder of the library the matrix comes from, which an export never writes into */
    public MatrixExport(Format format, Path destination, Path libraryFolder, boolean overwrite) {
        this.format = format;
        this.file = new ExportFile(destination, Messages.What_matrix, "matrix." + format.extension(), libraryFolder, List.of(), overwrite);
    }

    /** Checks the destination before any work; an existing file is a {@link BriefExport.DestinationExistsException}. */
    public void check() throws BriefException {
        file.checkPlace();
        file.checkNamed(Format.of(file.target()).map(Format::extension), format.extension());
        file.checkSafe();
    }

    /**
     * What the export writes, read from the matrix's live model: to be read on the thread that owns the model (the UI
     * thread in the workbench), and then written anywhere by {@link #write(Content, IProgressMonitor)}.
     */
    public static final class Content {
        private final MatrixTable table;
        private final String csv;

        private Content(MatrixTable table, String csv) {
            this.table = table;
            this.csv = csv;
        }
    }

    /** Reads what is to be written (cheap next to building the workbook, which the writing does). */
    public Content read(FrameworkMatrix matrix) throws BriefException {
        return format == Format.CSV ? new Content(null, csv(matrix)) : new Content(MatrixTable.of(matrix), null);
    }

    /** Writes the matrix; cancelling stops it and leaves nothing behind. */
    public void write(FrameworkMatrix matrix, IProgressMonitor monitor) throws BriefException {
        write(read(matrix), monitor);
    }

    /** Writes what was read, touching no model (so it may run in a background job); cancelling leaves nothing behind. */
    public void write(Content content, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing the framework matrix", 4);
        check();
        ExportFile.cancelled(progress);
        byte[] bytes = content.csv != null ? content.csv.getBytes(StandardCharsets.UTF_8) : xlsx(content.table);
        progress.worked(3);
        ExportFile.cancelled(progress);
        file.write(bytes, progress.split(1));
    }

    private static byte[] xlsx(MatrixTable matrix) throws BriefException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            MatrixWorkbook.write(matrix, out);
        } catch (IOException | RuntimeException e) {
            // POI's own words about its parts tell a user nothing; the cause stays attached for a bug report
            throw new BriefException(Messages.Build_matrixWorkbook, e);
        }
        return out.toByteArray();
    }

    /**
     * The CSV table: a row per case and code (cases in order, then codes), the passages of the cell one a line, each
     * with where it lies; UTF-8 with a byte-order mark for Excel, and text cells never start a formula.
     */
    static String csv(FrameworkMatrix m) throws BriefException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (int i = 0; i < m.cases().size(); i++) {
                Case c = m.cases().get(i);
                for (int j = 0; j < m.codes().size(); j++) {
                    FrameworkMatrix.Cell cell = m.cell(i, j);
                    String passages = cell.segments().stream().map(Passages::cited).collect(Collectors.joining("\n"));
                    csv.printRecord(SafeText.cell(c.getId()), SafeText.cell(c.getName()), SafeText.cell(Passages.name(cell.code())),
                            cell.count(), SafeText.cell(cell.summaryText()), SafeText.cell(passages));
                }
            }
        } catch (IOException e) {
            throw new BriefException(NLS.bind(Messages.Build_csv, e.getMessage()), e);
        }
        return out.toString();
    }
}
