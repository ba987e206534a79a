package org.coprod.export.results;

/**
 * Keeps a cell's text from being read as a formula by a spreadsheet (CSV or formula injection): a text beginning with
 * {@code = + - @}, a tab or a carriage return could run {@code =HYPERLINK(…)} or worse in whoever opens the export.
 * OWASP's advice is followed: in CSV such a text gets an apostrophe in front; in Excel it stays a text cell, never a
 * formula, and is marked quote-prefixed, which is how Excel itself keeps a typed {@code '=…} a text.
 */
public final class FormulaGuard {

    private static final String STARTS_A_FORMULA = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** Whether a spreadsheet would take this text for the start of a formula. */
    public static boolean risky(String text) {
        return text != null && !text.isEmpty() && STARTS_A_FORMULA.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV cell: unchanged unless {@link #risky}, then with an apostrophe in front; null stays null. */
    public static String csv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
