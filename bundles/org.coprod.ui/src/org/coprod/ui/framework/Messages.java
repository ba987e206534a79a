package org.coprod.ui.framework;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CellDetails_clickACellTo;
    public static String CellDetails_passage;
    public static String CellDetails_summarySavedWithThe;
    public static String CellDetails_text;
    public static String FrameworkGrid_case;
    public static String FrameworkMatrixView_chooseTheCodesShown;
    public static String FrameworkMatrixView_codedCasesOnly;
    public static String FrameworkMatrixView_codes;
    public static String FrameworkMatrixView_codesToShowAs;
    public static String FrameworkMatrixView_frameworkMatrix;
    public static String FrameworkMatrixView_rowsOnlyTheCases;
    public static String FrameworkMatrixView_rowsOnlyTheCases2;
    public static String FrameworkMatrixView_selectedCasesOnly;
    public static String FrameworkPane_casesByCodes;
    public static String FrameworkPane_chooseCodes;
    public static String FrameworkPane_coded;
    public static String FrameworkPane_noLibraryOpen;
    public static String FrameworkPane_selected;
    public static String SummaryTyping_setSummary;
    public static String SummaryTyping_writeSummary;
    public static String CellDetails_onePassage;
    public static String CellDetails_passages;

    static {
        NLS.initializeMessages("org.coprod.ui.framework.messages", Messages.class);
    }

    private Messages() {
    }
}
