package org.coprod.ui.documents;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CodeDrop_notCodedTheDropped;
    public static String CodeMenu_code;
    public static String CodeMenu_code2;
    public static String CodeMenu_codeTheSelectedPassage;
    public static String CodeMenu_codeWith;
    public static String CodeMenu_from;
    public static String CodeMenu_uncode;
    public static String CodingPane_coded;
    public static String CodingPane_notCoded;
    public static String CodingPane_notCodedTheCoding;
    public static String CodingPane_removed;
    public static String CodingPane_selectFirst;
    public static String CodingPane_unreadable;
    public static String DocumentEditorInput_tip;
    public static String DocumentEditors_openDocument;
    public static String ImportDocumentDialog_aFile;
    public static String ImportDocumentDialog_aFileWithoutAn;
    public static String ImportDocumentDialog_allFiles;
    public static String ImportDocumentDialog_background;
    public static String ImportDocumentDialog_browse;
    public static String ImportDocumentDialog_cannotImport;
    public static String ImportDocumentDialog_cases;
    public static String ImportDocumentDialog_chooseFile;
    public static String ImportDocumentDialog_documentsTxtMdHtml;
    public static String ImportDocumentDialog_file;
    public static String ImportDocumentDialog_import;
    public static String ImportDocumentDialog_importADocument;
    public static String ImportDocumentDialog_importDocument;
    public static String ImportDocumentDialog_language;
    public static String ImportDocumentDialog_languageProblem;
    public static String ImportDocumentDialog_noSuchFile;
    public static String ImportDocumentDialog_notAFileName;
    public static String ImportDocumentDialog_source;
    public static String ImportDocumentDialog_tickCases;
    public static String ImportDocumentDialog_title;
    public static String ImportDocumentHandler_openALibraryFirst;
    public static String ImportJob_casesGone;
    public static String ImportJob_failed;
    public static String ImportJob_libraryClosed;
    public static String ImportJob_name;
    public static String ImportedDocument_undo;
    public static String PassageCommands_newCode;
    public static String PassageCommands_noCodebook;
    public static String QuickCode_codeAs;
    public static String QuickCode_codeNameEnter;
    public static String QuickCode_noSuchCode;
    public static String QuickCode_orChoose;
    public static String QuickCode_typeACodeS;

    static {
        NLS.initializeMessages("org.coprod.ui.documents.messages", Messages.class);
    }

    private Messages() {
    }
}
