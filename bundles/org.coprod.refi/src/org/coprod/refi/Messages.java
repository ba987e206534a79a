package org.coprod.refi;

import org.eclipse.osgi.util.NLS;

/** The REFI-QDA import report's counts, headings and reasons, and its export report, in the language the runtime started in. */
public final class Messages extends NLS {

    public static String Summary_cases;
    public static String Summary_casesMerged;
    public static String Summary_casesSkipped;
    public static String Summary_documents;
    public static String Summary_documentsReused;
    public static String Summary_passages;
    public static String Summary_codes;
    public static String Summary_codesMatched;
    public static String Summary_rest;
    public static String Summary_line;
    public static String Entry_named;
    public static String Entry_unnamed;
    public static String Lines_error;
    public static String Lines_notCarried;
    public static String Lines_changed;
    public static String Lines_note;
    public static String Reason_variableOneCase;
    public static String Reason_variableCases;
    public static String Reason_caseIdInvalid;
    public static String Reason_caseIdTaken;
    public static String Reason_caseSkipped;
    public static String Reason_caseMerged;
    public static String Reason_variableAsMemo;
    public static String Reason_parentMissing;
    public static String Reason_parentSkipped;
    public static String Reason_parentCycle;
    public static String Reason_caseCodeMissing;
    public static String Reason_caseCodedWhole;
    public static String Reason_caseCellNotApplicable;
    public static String Reason_codeByGuid;
    public static String Reason_userUndeclared;
    public static String Reason_noGuid;
    public static String Reason_badGuid;
    public static String Reason_noteRefMissing;
    public static String Reason_whereCode;
    public static String Reason_whereLink;
    public static String Reason_selectionNoteMissing;
    public static String Reason_descriptionCaseMemo;
    public static String Reason_descriptionDocumentMemo;
    public static String Reason_linkNotNotes;
    public static String Reason_recordNotes;
    public static String Reason_noteLinkedToNothing;
    public static String Reason_secondSummary;
    public static String Reason_noteUnreferenced;
    public static String Reason_codingCodeMissing;
    public static String Reason_categoryMadeCode;
    public static String Reason_codingGroup;
    public static String Reason_codingCellNotApplicable;
    public static String Reason_uncodedOne;
    public static String Reason_uncodedMany;
    public static String Reason_coderMatched;
    public static String Reason_codeMatched;
    public static String Reason_codeUnnamed;
    public static String Reason_codeRenamed;
    public static String Reason_colourUnreadable;
    public static String Reason_colourNormalised;
    public static String Reason_valueUndeclared;
    public static String Reason_valueUndeclaredWith;
    public static String Reason_noteSelections;
    public static String Reason_set;
    public static String Reason_graph;
    public static String Reason_projectNote;
    public static String Reason_sameFileName;
    public static String Reason_projectDescription;
    public static String Reason_media;
    public static String Reason_mediaTranscripts;
    public static String Reason_unknownSource;
    public static String Reason_pdfSelections;
    public static String Reason_pdfUnnamed;
    public static String Reason_pdfMissing;
    public static String Reason_pdfExtracted;
    public static String Reason_wholeSourceCodings;
    public static String Reason_wordLeftOut;
    public static String Reason_textFromWord;
    public static String Reason_fileEmpty;
    public static String Reason_fileMissing;
    public static String Reason_textOutside;
    public static String Reason_noText;
    public static String Reason_textFileMissing;
    public static String Reason_textFileEmpty;
    public static String Reason_decodedAs;
    public static String Reason_bom;
    public static String Reason_crlfOne;
    public static String Reason_crlfTwo;
    public static String Reason_whyQuotes;
    public static String Reason_whyFit;
    public static String Reason_whyAtlas;
    public static String Reason_whyRefi;
    public static String Reason_selectionWhere;
    public static String Reason_positionsNotNumbers;
    public static String Reason_outsideText;
    public static String Reason_emptySelection;
    public static String Reason_codingNoCode;
    public static String Reason_selectionSeveralCases;
    public static String Reason_noteOfMissingCase;
    public static String Reason_ownCase;
    public static String Reason_replacedChars;
    public static String Reason_selectionOwner;
    public static String Reason_skippedCasesOnly;
    public static String Reason_sameText;
    public static String Reason_sameGuid;
    public static String Reason_sourceVariables;
    public static String Reason_newSource;
    public static String Carried_facts;
    public static String Carried_recordSection;
    public static String Carried_memos;
    public static String Carried_segmentMemo;
    public static String Carried_notExported;
    public static String Left_passageOfText;
    public static String Left_passageOutside;
    public static String Left_textChanged;
    public static String Left_textUnreadable;
    public static String Left_originalMissing;

    static {
        NLS.initializeMessages("org.coprod.refi.messages", Messages.class);
    }

    private Messages() {
    }
}
