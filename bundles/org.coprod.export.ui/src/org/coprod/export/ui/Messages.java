package org.coprod.export.ui;

import org.eclipse.osgi.util.NLS;

/** The brief wizard's and the evidence exports' words. */
public final class Messages extends NLS {

    public static String BriefWizardPage_fullLength;
    public static String Wizard_title;
    public static String Wizard_job;
    public static String Replace_title;
    public static String Replace_question;
    public static String Written_title;
    public static String Written_brief;
    public static String Written_open;
    public static String Written_close;
    public static String Written_noProgram;
    public static String Evidence_badName;
    public static String Evidence_nothingWritten;
    public static String Evidence_written;
    public static String Matrix_title;
    public static String Matrix_empty;
    public static String Quotations_title;
    public static String Quotations_empty;
    public static String Format_xlsx;
    public static String Format_csv;
    public static String Format_docx;
    public static String Format_md;
    public static String Page_title;
    public static String Page_description;
    public static String Page_noLibrary;
    public static String Page_openLibraryFirst;
    public static String Page_cases;
    public static String Page_filter;
    public static String Page_kind;
    public static String Page_comparative;
    public static String Page_single;
    public static String Page_format;
    public static String Page_language;
    public static String Page_reference;
    public static String Page_referenceHint;
    public static String Page_front;
    public static String Page_titleField;
    public static String Page_titleHint;
    public static String Page_question;
    public static String Page_questionHint;
    public static String Page_author;
    public static String Page_authorHint;
    public static String Page_keyMessages;
    public static String Page_keyMessagesHint;
    public static String Page_destination;
    public static String Page_browse;
    public static String Page_chooseCases;
    public static String Page_singleNeedsOne;
    public static String Page_comparativeNeedsTwo;
    public static String Page_tooMany;
    public static String Page_chooseDestination;
    public static String Page_noReference;
    public static String Page_outsideLibrary;
    public static String Evidence_job;

    static {
        NLS.initializeMessages("org.coprod.export.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
