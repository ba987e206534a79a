package org.coprod.ui.retrieval;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String EvidencePassages_coder;
    public static String EvidencePassages_conclusionPassage;
    public static String EvidencePassages_evidence;
    public static String EvidencePassages_noCell;
    public static String EvidencePassages_text;
    public static String EvidencePassages_theCodedPassagesBehind;
    public static String PassageTable_case;
    public static String PassageTable_codes;
    public static String PassageTable_date;
    public static String PassageTable_passage;
    public static String Passages_openPassage;
    public static String QueryBuilder_aPassageMustCarry;
    public static String QueryBuilder_add;
    public static String QueryBuilder_code;
    public static String QueryBuilder_passages;
    public static String QueryBuilder_remove;
    public static String QueryBuilder_theCaseMustHave;
    public static String QueryBuilder_withinTheSame;
    public static String QueryTerm_anyOf;
    public static String QueryTerm_mustHave;
    public static String QueryTerm_mustNotHave;
    public static String RetrievalPane_noPassages;
    public static String RetrievalPane_passagesCoded;

    static {
        NLS.initializeMessages("org.coprod.ui.retrieval.messages", Messages.class);
    }

    private Messages() {
    }
}
