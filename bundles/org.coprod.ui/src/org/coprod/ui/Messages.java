package org.coprod.ui;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String EditJournal_recoverCase;
    public static String EditJournal_recoverUnsavedEdits;
    public static String EditJournal_unsavedEditsOfThis;
    public static String PreferencePage_authorOfNewNotes;
    public static String PreferencePage_bovairdPlannerDeliverer;
    public static String PreferencePage_defaultNoteLanguageISO;
    public static String PreferencePage_defaultTypology;
    public static String PreferencePage_initials;
    public static String PreferencePage_whoCodesDefaultsFor;
    public static String PreferencePage_yourNameAsA;
    public static String ValidationPreferencePage_asTheRuleSays;
    public static String ValidationPreferencePage_error;
    public static String ValidationPreferencePage_howSeriouslyEachRule;
    public static String ValidationPreferencePage_ignore;
    public static String ValidationPreferencePage_info;
    public static String ValidationPreferencePage_warning;
    public static String WorkbenchSession_loadingCases;
    public static String WorkbenchSession_saveFailed;
    public static String WorkbenchSession_theLibraryCouldNot;

    static {
        NLS.initializeMessages("org.coprod.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
