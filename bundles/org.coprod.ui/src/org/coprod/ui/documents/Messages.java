package org.coprod.ui.documents;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CodeDrop_notCodedTheDropped;
    public static String CodeMenu_code;
    public static String CodeMenu_code2;
    public static String CodeMenu_codeTheSelectedPassage;
    public static String CodeMenu_codeWith;
    public static String CoderDialog_initials;
    public static String CoderDialog_name;
    public static String CoderDialog_noneYet;
    public static String CoderDialog_yourNameAsA;
    public static String CodingPane_notCodedTheCoding;
    public static String DocumentEditors_openDocument;
    public static String ImportDocumentDialog_aFileWithoutAn;
    public static String ImportDocumentDialog_allFiles;
    public static String ImportDocumentDialog_browse;
    public static String ImportDocumentDialog_cases;
    public static String ImportDocumentDialog_documentsTxtMdHtml;
    public static String ImportDocumentDialog_file;
    public static String ImportDocumentDialog_import;
    public static String ImportDocumentDialog_importADocument;
    public static String ImportDocumentDialog_importDocument;
    public static String ImportDocumentDialog_language;
    public static String ImportDocumentDialog_source;
    public static String ImportDocumentDialog_title;
    public static String ImportDocumentHandler_openALibraryFirst;
    public static String QuickCode_codeAs;
    public static String QuickCode_codeNameEnter;
    public static String QuickCode_typeACodeS;

    static {
        NLS.initializeMessages("org.coprod.ui.documents.messages", Messages.class);
    }

    private Messages() {
    }
}
