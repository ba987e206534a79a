package org.coprod.core.importer;

import org.eclipse.osgi.util.NLS;

/** What an import finds wrong, in the language the runtime started in (the command line starts in English). */
public final class Messages extends NLS {

    public static String Problem_at;
    public static String Problem_atColumn;
    public static String Problem_warningAt;
    public static String Problem_warningAtColumn;
    public static String Header_unknownColumn;
    public static String Header_twice;
    public static String Header_required;
    public static String Id_twice;
    public static String Id_damaged;
    public static String Id_exists;
    public static String Parent_refused;
    public static String Parent_unknown;
    public static String Parent_cycle;
    public static String Value_notEnum;
    public static String Value_notYear;
    public static String Value_tooLarge;
    public static String Value_separators;
    public static String Value_notNumber;
    public static String Value_notYesNo;
    public static String Row_noName;
    public static String Row_notCountry;
    public static String Row_noSourceId;
    public static String Row_unknownSource;
    public static String Row_notLanguage;
    public static String Item_notApplicable;
    public static String Item_noCell;
    public static String Item_actorName;
    public static String Item_notPeriod;
    public static String Item_contributionKind;
    public static String Item_noEvidenceNumber;
    public static String Item_noEvidenceType;
    public static String Item_manyEvidence;
    public static String Csv_unclosed;
    public static String Csv_afterQuote;
    public static String Csv_unreadable;
    public static String Table_beyondHeader;
    public static String Table_formula;
    public static String Merge_evidenceReplaced;
    public static String Sources_unknownColumn;
    public static String Sources_twice;
    public static String Sources_required;
    public static String Sources_noId;
    public static String Sources_idTwice;
    public static String Sources_noCitation;

    static {
        NLS.initializeMessages("org.coprod.core.importer.messages", Messages.class);
    }

    private Messages() {
    }
}
