package org.coprod.ui.codebook;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String CodeDetails_aGroupCodePassages;
    public static String CodeDetails_aMemoRecordsWho;
    public static String CodeDetails_addMemo;
    public static String CodeDetails_addMemo2;
    public static String CodeDetails_by;
    public static String CodeDetails_cell;
    public static String CodeDetails_cellNotApplicable;
    public static String CodeDetails_date;
    public static String CodeDetails_definition;
    public static String CodeDetails_group;
    public static String CodeDetails_kept;
    public static String CodeDetails_memo;
    public static String CodeDetails_memoText;
    public static String CodeDetails_memos;
    public static String CodeDetails_remove;
    public static String CodeDetails_selectACodeTo;
    public static String CodeDetails_value;
    public static String CodebookActions_atTheTop;
    public static String CodebookActions_case;
    public static String CodebookActions_cases;
    public static String CodebookActions_childrenMove;
    public static String CodebookActions_codeMoves;
    public static String CodebookActions_codesMove;
    public static String CodebookActions_codesNoPassage;
    public static String CodebookActions_codesPassages;
    public static String CodebookActions_deleteCode;
    public static String CodebookActions_deleteQuestion;
    public static String CodebookActions_mergeCode;
    public static String CodebookActions_mergeInto;
    public static String CodebookActions_moveCode;
    public static String CodebookActions_nameOfNew;
    public static String CodebookActions_newCode;
    public static String CodebookActions_newName;
    public static String CodebookActions_passage;
    public static String CodebookActions_passages;
    public static String CodebookActions_renameCode;
    public static String CodebookActions_theTop;
    public static String CodebookActions_under;
    public static String CodebookActions_undoUntilSaved;
    public static String CodebookPane_aNewCodeUnder;
    public static String CodebookPane_chooseTheColourOf;
    public static String CodebookPane_colour;
    public static String CodebookPane_delete;
    public static String CodebookPane_deleteTheSelectedCode;
    public static String CodebookPane_mergeInto;
    public static String CodebookPane_mergeTheSelectedCode;
    public static String CodebookPane_moveTheSelectedCode;
    public static String CodebookPane_moveToTop;
    public static String CodebookPane_newCode;
    public static String CodebookPane_rename;
    public static String CodebookPane_renameTheSelectedCode;
    public static String CodebookTree_cases;
    public static String CodebookTree_code;
    public static String CodebookTree_noDefinitionYet;
    public static String CodebookTree_passages;
    public static String CodebookView_codes;
    public static String CodebookView_loading;
    public static String CodebookView_noLibraryOpen;

    static {
        NLS.initializeMessages("org.coprod.ui.codebook.messages", Messages.class);
    }

    private Messages() {
    }
}
