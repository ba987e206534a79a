package org.coprod.share;

import org.eclipse.osgi.util.NLS;

/**
 * What sharing says when it refuses a step, repairs a pull or cannot go on, in the language the runtime started in
 * (the command line starts in English).
 */
public final class Messages extends NLS {

    public static String Step_pull;
    public static String Step_push;
    public static String Step_commit;
    public static String Step_return;
    public static String Step_goOn;
    public static String Repaired_unreadable;
    public static String Repaired_finished;
    public static String Commit_noMessage;
    public static String Commit_nothing;
    public static String Refused_pending;
    public static String Refused_dirty;
    public static String Refused_moved;
    public static String Dirty_libraryFile;
    public static String Dirty_more;
    public static String Backup_unknown;
    public static String Pull_noneWaiting;
    public static String Pull_noSuchConflict;
    public static String Pull_writing;
    public static String Pull_noRemote;
    public static String Pull_unrelated;
    public static String Pull_notALibrary;
    public static String Pull_newer;
    public static String Pull_noBackup;
    public static String Push_noRemote;
    public static String Push_behind;
    public static String Push_refused;
    public static String Push_refusedBecause;
    public static String Open_notShared;
    public static String Init_notLibrary;
    public static String Init_already;
    public static String Init_failed;
    public static String Clone_notEmpty;
    public static String Clone_noLibrary;
    public static String Status_failed;
    public static String Commit_failed;
    public static String Index_failed;
    public static String Branch_notMoved;
    public static String Merge_unreadable;
    public static String Merge_noModel;
    public static String State_incomplete;
    public static String State_badLine;
    public static String State_lacksField;
    public static String State_unreadable;
    public static String Transport_hostUnknown;
    public static String Transport_login;
    public static String Transport_clone;
    public static String Transport_push;
    public static String Transport_pull;
    public static String Value_deleted;
    public static String Value_asItWas;
    public static String Value_changed;
    public static String Value_common;

    static {
        NLS.initializeMessages("org.coprod.share.messages", Messages.class);
    }

    private Messages() {
    }

    /** A step's words for the "Cannot …" messages; callers name the step in English. */
    static String step(String what) {
        return switch (what) {
            case "pull" -> Step_pull;
            case "push" -> Step_push;
            case "commit" -> Step_commit;
            case "return to a backup" -> Step_return;
            case "go on with the pull" -> Step_goOn;
            default -> what;
        };
    }
}
