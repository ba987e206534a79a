package org.coprod.refi;

import org.eclipse.osgi.util.NLS;

/** The REFI-QDA import report's counts and headings, in the language the runtime started in. */
public final class Messages extends NLS {

    public static String Summary_cases;
    public static String Summary_casesMerged;
    public static String Summary_casesSkipped;
    public static String Summary_documents;
    public static String Summary_documentsReused;
    public static String Summary_passages;
    public static String Summary_codes;
    public static String Summary_codesMatched;
    public static String Summary_rest;
    public static String Summary_line;
    public static String Entry_named;
    public static String Entry_unnamed;
    public static String Lines_error;
    public static String Lines_notCarried;
    public static String Lines_changed;
    public static String Lines_note;

    static {
        NLS.initializeMessages("org.coprod.refi.messages", Messages.class);
    }

    private Messages() {
    }
}
