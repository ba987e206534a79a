package org.coprod.ui.matrix;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CellPainter_andMore;
    public static String CellPainter_case;
    public static String CellPainter_cases;
    public static String CodingDialog_codeInto;
    public static String CodingDialog_confidence;
    public static String CodingDialog_justification;
    public static String CodingDialog_nCases;
    public static String CodingDialog_phase;
    public static String CodingDialog_serviceComponent;
    public static String CodingDialog_wholeCase;
    public static String TypologyMatrixView_noLibraryOpen;
    public static String TypologyMatrix_caseInMoreThan;
    public static String TypologyMatrix_cellTip;
    public static String TypologyMatrix_cellsOverItsPhases;
    public static String TypologyMatrix_notApplicableTip;
    public static String TypologyMatrix_typology;

    static {
        NLS.initializeMessages("org.coprod.ui.matrix.messages", Messages.class);
    }

    private Messages() {
    }
}
