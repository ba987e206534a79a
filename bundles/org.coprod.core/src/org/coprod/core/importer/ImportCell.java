package org.coprod.core.importer;

import org.coprod.core.Labels;
import org.coprod.core.EnumText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.osgi.util.NLS;

/**
 * One cell of an import row, handed to the reader of its column: every problem reported through it blames this row and
 * this column, so no reader can blame a column it did not read.
 */
final class ImportCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}([, \\u00a0\']\\d{3})+([.,]\\d+)?");

    private final int row;
    private final String column;
    private final String text;
    private final List<ImportProblem> problems;

    ImportCell(int row, String column, String text, List<ImportProblem> problems) {
        this.row = row;
        this.column = column;
        this.text = text == null ? "" : text.strip();
        this.problems = problems;
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    void error(String message) {
        problems.add(new ImportProblem(row, column, message));
    }

    void warning(String message) {
        problems.add(new ImportProblem(row, column, message, ImportProblem.Severity.WARNING));
    }

    /** The {@code ;}-separated items of a multi-valued cell, without blanks. */
    List<String> items() {
        List<String> out = new ArrayList<>();
        for (String s : text.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The {@code |}-separated parts of one item, padded to {@code count}; extra parts belong to the last, free-text one. */
    static String[] fields(String item, int count) {
        String[] parts = item.split("\\|", -1);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = i < parts.length ? parts[i].strip() : "";
        }
        if (parts.length > count) {
            out[count - 1] = String.join("|", Arrays.copyOfRange(parts, count - 1, parts.length)).strip();
        }
        return out;
    }

    Optional<Enumerator> enumValue(EEnum type, String value) {
        // One rule for enumerated values typed by people (core's EnumText), shared with the editor.
        Optional<Enumerator> v = EnumText.value(type, value);
        if (v.isEmpty()) {
            // the type in the user's language, the values as the import reads them (in English)
            error(NLS.bind(Messages.Value_notEnum,
                    new Object[] {value, Labels.words(type, Locale.getDefault()), String.join(", ", EnumText.labels(type))}));
        }
        return v;
    }

    /** The cell's own value as an enumerated value, or empty when the cell is empty or bad. */
    Optional<Enumerator> enumValue(EEnum type) {
        return isEmpty() ? Optional.empty() : enumValue(type, text);
    }

    Integer year(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            error(NLS.bind(Messages.Value_notYear, value));
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A plain decimal number; NaN, infinities, hexadecimal and grouped digits are refused, each with its reason. */
    Double number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String v = value.replace("_", "");
        if (PLAIN_NUMBER.matcher(v).matches()) {
            double d = new BigDecimal(v).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            error(NLS.bind(Messages.Value_tooLarge, value));
            return null;
        }
        if (GROUPED_NUMBER.matcher(v).matches()) {
            error(NLS.bind(Messages.Value_separators, value));
        } else {
            error(NLS.bind(Messages.Value_notNumber, value));
        }
        return null;
    }

    boolean bool() {
        String v = text.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("no") || v.equals("false") || v.equals("0")) {
            return false;
        }
        if (v.equals("yes") || v.equals("true") || v.equals("1")) {
            return true;
        }
        error(NLS.bind(Messages.Value_notYesNo, text));
        return false;
    }
}
