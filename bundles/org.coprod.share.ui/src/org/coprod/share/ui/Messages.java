package org.coprod.share.ui;

import org.eclipse.osgi.util.NLS;

/** The Share dialogs', messages', status line's and jobs' words. */
public final class Messages extends NLS {

    public static String Step_share;
    public static String Step_shareLibrary;
    public static String Step_remote;
    public static String Remote_prompt;
    public static String Remote_done;
    public static String Step_commit;
    public static String Step_pull;
    public static String Step_push;
    public static String Step_merge;
    public static String Step_cancelPull;
    public static String Step_history;
    public static String Step_historyOf;
    public static String Step_backup;
    public static String Step_readChanges;
    public static String Step_readBackups;
    public static String Step_readStatus;
    public static String Context_noLibrary;
    public static String Context_unsaved;
    public static String Context_notShared;
    public static String Commit_nothing;
    public static String Commit_done;
    public static String Commit_changedAs;
    public static String Commit_why;
    public static String Commit_new;
    public static String Commit_changed;
    public static String Commit_deleted;
    public static String Commit_libraryFile;
    public static String Commit_button;
    public static String History_commitOrField;
    public static String History_before;
    public static String History_after;
    public static String History_commit;
    public static String History_noCommit;
    public static String History_noValue;
    public static String History_selectCase;
    public static String Login_title;
    public static String Login_user;
    public static String Login_token;
    public static String Login_remember;
    public static String Login_button;
    public static String Merge_title;
    public static String Merge_explanation;
    public static String Merge_case;
    public static String Merge_field;
    public static String Merge_base;
    public static String Merge_mine;
    public static String Merge_theirs;
    public static String Merge_take;
    public static String Merge_takeMine;
    public static String Merge_takeTheirs;
    public static String Merge_takeBase;
    public static String Merge_tookMine;
    public static String Merge_tookTheirs;
    public static String Merge_tookBase;
    public static String Merge_empty;
    public static String Merge_button;
    public static String Merge_cancelPull;
    public static String Pull_upToDate;
    public static String Pull_merged;
    public static String Pull_cancelled;
    public static String Pull_libraryFile;
    public static String Pull_caseName;
    public static String Pull_keptEdits;
    public static String Pull_libraryChanged;
    public static String Push_done;
    public static String Backup_none;
    public static String Backup_choose;
    public static String Backup_done;
    public static String Share_already;
    public static String Share_remote;
    public static String Share_done;
    public static String Share_donePush;
    public static String Marks_repairedDirty;
    public static String Marks_repaired;
    public static String Status_oneCase;
    public static String Status_cases;
    public static String Status_noRemote;
    public static String Status_noRemoteChanges;
    public static String Status_remote;
    public static String Status_remoteChanges;
    public static String Next_menu;
    public static String Next_resolve;
    public static String Next_cancelPull;

    static {
        NLS.initializeMessages("org.coprod.share.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
