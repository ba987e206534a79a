package org.coprod.ui.actions;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String ImportDialog_canImport;
    public static String ImportDialog_import;
    public static String ImportDialog_merge;
    public static String ImportDialog_nothing;
    public static String ImportDialog_nothingIsImportedWhile;
    public static String ImportDialog_skipRowsWithErrors;
    public static String ImportDialog_title;
    public static String LibraryActions_allFiles;
    public static String LibraryActions_alreadyLibrary;
    public static String LibraryActions_cannotCreate;
    public static String LibraryActions_cannotRead;
    public static String LibraryActions_caseTablesCsvXlsx;
    public static String LibraryActions_chooseAnEmptyFolder;
    public static String LibraryActions_chooseTheFolderOf;
    public static String LibraryActions_closeLibrary;
    public static String LibraryActions_enterAName;
    public static String LibraryActions_importCases;
    public static String LibraryActions_importCasesCSVOr;
    public static String LibraryActions_nameOfLibrary;
    public static String LibraryActions_newCase;
    public static String LibraryActions_newCase2;
    public static String LibraryActions_newLibrary;
    public static String LibraryActions_newLibrary2;
    public static String LibraryActions_noOtherLibraryOpened;
    public static String LibraryActions_notALibrary;
    public static String LibraryActions_openCaseFile;
    public static String LibraryActions_openCaseFile2;
    public static String LibraryActions_openLibrary;
    public static String LibraryActions_openLibrary2;
    public static String LibraryActions_openRecent;
    public static String LibraryActions_stillLoading;
    public static String LibraryOpening_openingLibrary;
    public static String LibraryOpening_openingTheLibrary;
    public static String LibraryStatus_case;
    public static String LibraryStatus_cases;
    public static String LibraryStatus_loading;
    public static String LibraryStatus_noLibraryOpen;
    public static String LibraryStatus_unsavedChanges;
    public static String LibraryStatus_upgrade;
    public static String RecoveryOffer_1Case;
    public static String RecoveryOffer_after;
    public static String RecoveryOffer_deleted;
    public static String RecoveryOffer_discard;
    public static String RecoveryOffer_later;
    public static String RecoveryOffer_nCases;
    public static String RecoveryOffer_new;
    public static String RecoveryOffer_notRecovered;
    public static String RecoveryOffer_question;
    public static String RecoveryOffer_recover;
    public static String RecoveryOffer_recoverUnsavedEdits;
    public static String RecoveryOffer_theWorkbenchStopped;
    public static String RecoveryOffer_unreadable;
    public static String RecoveryOffer_unsavedEdits;
    public static String RecoveryOffer_unsavedTo;
    public static String RecoveryOffer_withoutSaving;
    public static String UnsavedChanges_cancel;
    public static String UnsavedChanges_donTSave;
    public static String UnsavedChanges_question;
    public static String UnsavedChanges_save;
    public static String UnsavedChanges_title;
    public static String ImportDialog_row;
    public static String ImportDialog_rows;
    public static String ImportDialog_error;
    public static String ImportDialog_errors;
    public static String ImportDialog_warning;
    public static String ImportDialog_warnings;
    public static String ImportDialog_case;
    public static String ImportDialog_cases;
    public static String ImportDialog_actor;
    public static String ImportDialog_actors;
    public static String ImportDialog_read;
    public static String ImportDialog_nothingWouldBe;
    public static String ImportDialog_adds;
    public static String ImportDialog_addsSkips;

    static {
        NLS.initializeMessages("org.coprod.ui.actions.messages", Messages.class);
    }

    private Messages() {
    }
}
