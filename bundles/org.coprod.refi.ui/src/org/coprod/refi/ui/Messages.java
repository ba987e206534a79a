package org.coprod.refi.ui;

import org.eclipse.osgi.util.NLS;

/** The REFI-QDA import and export wizards' words. */
public final class Messages extends NLS {

    public static String Undo_import;
    public static String Undo_importOneCase;
    public static String Undo_importCases;
    public static String Common_noLibrary;
    public static String Common_openLibraryFirst;
    public static String Common_file;
    public static String Common_browse;
    public static String ImportFile_title;
    public static String ImportFile_description;
    public static String ImportFile_existing;
    public static String ImportFile_refuse;
    public static String ImportFile_skip;
    public static String ImportFile_merge;
    public static String ImportFile_nothingYet;
    public static String ImportFile_choose;
    public static String ImportFile_noSuchFile;
    public static String Report_title;
    public static String Report_description;
    public static String Report_what;
    public static String Report_element;
    public static String Report_name;
    public static String Report_why;
    public static String Report_refuses;
    public static String Report_notCarried;
    public static String Report_changed;
    public static String Report_note;
    public static String Report_adds;
    public static String Report_wouldAdd;
    public static String Report_allCarried;
    public static String Report_oneLost;
    public static String Report_lost;
    public static String Report_nothing;
    public static String Export_projectTitle;
    public static String Export_codebookTitle;
    public static String Export_projectDescription;
    public static String Export_codebookDescription;
    public static String Export_howItTravels;
    public static String Export_cases;
    public static String Export_selectAll;
    public static String Export_deselectAll;
    public static String Export_tickOne;
    public static String Export_giveFile;
    public static String Export_extension;
    public static String Export_projectWindow;
    public static String Export_codebookWindow;
    public static String Export_codebookWritten;
    public static String Export_projectWritten;
    public static String Export_leftOut;
    public static String Export_cancelled;
    public static String Export_replaceTitle;
    public static String Export_replaceQuestion;
    public static String Import_window;
    public static String Import_cancelled;
    public static String Import_notApplied;
    public static String Import_done;

    static {
        NLS.initializeMessages("org.coprod.refi.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
