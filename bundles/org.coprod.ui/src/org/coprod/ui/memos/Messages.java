package org.coprod.ui.memos;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String MemoDialog_editMemo;
    public static String MemoDialog_heading;
    public static String MemoDialog_newMemo;
    public static String MemoEditing_added;
    public static String MemoEditing_empty;
    public static String MemoEditing_memoRemoved;
    public static String MemoEditing_noCoder;
    public static String MemoEditing_noMemo;
    public static String MemoEditing_saved;
    public static String MemoEditing_theMemoCouldNot;
    public static String MemoEditing_unchanged;
    public static String MemoList_aMemoInMarkdown;
    public static String MemoList_addMemo;
    public static String MemoList_by;
    public static String MemoList_date;
    public static String MemoList_editMemo;
    public static String MemoList_memo;
    public static String MemoList_remove;
    public static String MemoList_unknownCoder;
    public static String MemoList_writtenBy;
    public static String MemoList_writtenByOn;
    public static String MemosDialog_title;

    static {
        NLS.initializeMessages("org.coprod.ui.memos.messages", Messages.class);
    }

    private Messages() {
    }
}
