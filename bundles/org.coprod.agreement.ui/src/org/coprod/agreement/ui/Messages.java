package org.coprod.agreement.ui;

import org.eclipse.osgi.util.NLS;

/** The Coder Comparison view's words. */
public final class Messages extends NLS {

    public static String Column_codeOrMeasure;
    public static String Column_between;
    public static String Column_compared;
    public static String Column_agreement;
    public static String Column_kappa;
    public static String Column_alpha;
    public static String Column_case;
    public static String Column_where;
    public static String Column_passage;
    public static String Comparison_noLibrary;
    public static String Comparison_fewerThanTwo;
    public static String Comparison_heading;
    public static String Comparison_figuresTip;
    public static String Rows_allCodes;
    public static String Rows_oneText;
    public static String Rows_texts;
    public static String Rows_yesNo;
    public static String Rows_oneUnit;
    public static String Rows_units;
    public static String Rows_coded;
    public static String Rows_notCoded;
    public static String Rows_notCodedParenthesised;
    public static String Rows_notDefined;

    static {
        NLS.initializeMessages("org.coprod.agreement.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
