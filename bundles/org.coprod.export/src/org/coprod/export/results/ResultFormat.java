package org.coprod.export.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files the cases of a search are exported to: our own columns as CSV or Excel, or Participedia's case CSV. */
public enum ResultFormat {
    /** Our columns ({@link ResultColumns}), UTF-8 CSV with a byte-order mark for Excel. */
    CSV("csv"),
    /** Our columns as an Excel workbook, one sheet, header frozen and filtered. */
    XLSX("xlsx"),
    /** Participedia's case export, column for column ({@link ParticipediaColumns}). */
    PARTICIPEDIA("participedia.csv");

    private final String extension;

    ResultFormat(String extension) {
        this.extension = extension;
    }

    /** The file name's ending, without the first dot ({@code participedia.csv}). */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for: {@code .participedia.csv} before {@code .csv}; none for another ending. */
    public static Optional<ResultFormat> of(Path file) {
        String name = file == null || file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("." + PARTICIPEDIA.extension)) {
            return Optional.of(PARTICIPEDIA);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
    }
}
