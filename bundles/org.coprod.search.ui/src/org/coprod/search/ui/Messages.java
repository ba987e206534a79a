package org.coprod.search.ui;

import org.eclipse.osgi.util.NLS;

/** The Search view's words, its status line and the index jobs. */
public final class Messages extends NLS {

    public static String IndexStatus_tip;
    public static String IndexStatus_opening;
    public static String IndexStatus_noLibrary;
    public static String IndexStatus_unreadable;
    public static String IndexStatus_oneCase;
    public static String IndexStatus_cases;
    public static String IndexStatus_readOnly;
    public static String IndexStatus_seeTip;
    public static String Index_savingJob;
    public static String Index_openingJob;
    public static String Index_closingJob;
    public static String Index_cannotOpen;
    public static String FindSimilar_cannotOpenView;
    public static String Search_queryTip;
    public static String Search_byRelevance;
    public static String Search_byYear;
    public static String Search_go;
    public static String Search_columnCase;
    public static String Search_columnYear;
    public static String Search_columnScore;
    public static String Search_columnWhere;
    public static String Search_rebuild;
    public static String Search_rebuilding;
    public static String Search_opening;
    public static String Search_similar;
    public static String Search_similarFailed;
    public static String Search_oneMatch;
    public static String Search_matches;
    public static String Search_showingFirst;
    public static String Search_resultStatus;
    public static String Search_failed;
    public static String Search_noLibrary;
    public static String Search_prompt;
    public static String Search_exportResults;
    public static String Search_exportTip;
    public static String Search_exportTitle;
    public static String Search_formatCsv;
    public static String Search_formatXlsx;
    public static String Search_formatParticipedia;
    public static String Search_searchFirst;
    public static String Search_exportCancelled;
    public static String Search_exportingOne;
    public static String Search_exporting;
    public static String Search_exportJob;

    static {
        NLS.initializeMessages("org.coprod.search.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
