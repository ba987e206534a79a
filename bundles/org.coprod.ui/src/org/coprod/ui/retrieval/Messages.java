package org.coprod.ui.retrieval;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String Passages_textGone;
    public static String CaseFilters_anyCell;
    public static String CaseFilters_anyCountry;
    public static String CaseFilters_anySector;
    public static String CaseFilters_casesIn;
    public static String CaseFilters_cell;
    public static String CaseFilters_country;
    public static String CaseFilters_sector;
    public static String EvidencePassages_cell;
    public static String EvidencePassages_coder;
    public static String EvidencePassages_conclusionPassage;
    public static String EvidencePassages_driver;
    public static String EvidencePassages_evidence;
    public static String EvidencePassages_noCell;
    public static String EvidencePassages_none;
    public static String EvidencePassages_phase;
    public static String EvidencePassages_text;
    public static String EvidencePassages_theCodedPassagesBehind;
    public static String PassageTable_case;
    public static String PassageTable_codes;
    public static String PassageTable_date;
    public static String PassageTable_passage;
    public static String Passages_gone;
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
    public static String RetrievalPane_case;
    public static String RetrievalPane_cases;
    public static String RetrievalPane_chooseCodes;
    public static String RetrievalPane_found;
    public static String RetrievalPane_noLibrary;
    public static String RetrievalPane_noPassages;
    public static String RetrievalPane_passage;
    public static String RetrievalPane_passages;
    public static String RetrievalPane_passagesCoded;
    public static String RetrievalPane_sameCase;
    public static String RetrievalPane_samePassage;

    static {
        NLS.initializeMessages("org.coprod.ui.retrieval.messages", Messages.class);
    }

    private Messages() {
    }
}
