package org.coprod.ui.problems;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CaseReport_error;
    public static String CaseReport_missing;
    public static String CaseReport_no;
    public static String CaseReport_warning;
    public static String ProblemReports_case;
    public static String ProblemReports_cases;
    public static String ProblemReports_error;
    public static String ProblemReports_errors;
    public static String ProblemReports_heading;
    public static String ProblemReports_many;
    public static String ProblemReports_none;
    public static String ProblemReports_one;
    public static String ProblemReports_warning;
    public static String ProblemReports_warnings;
    public static String ProblemsView_cancelled;
    public static String ProblemsView_caseProblem;
    public static String ProblemsView_checkEveryCaseOf;
    public static String ProblemsView_codebook;
    public static String ProblemsView_completeness;
    public static String ProblemsView_noLibraryOpen;
    public static String ProblemsView_problems;
    public static String ProblemsView_validateAll;
    public static String ProblemsView_validatedAt;
    public static String ProblemsView_validating;

    static {
        NLS.initializeMessages("org.coprod.ui.problems.messages", Messages.class);
    }

    private Messages() {
    }
}
