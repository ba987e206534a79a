package org.coprod.app;

import org.eclipse.osgi.util.NLS;

/** The application's words (menus, window title, the language page), from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Action_save;
    public static String Action_saveAll;
    public static String Action_export;
    public static String Action_quit;
    public static String Action_cut;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_delete;
    public static String Action_selectAll;
    public static String Action_preferences;
    public static String Action_resetPerspective;
    public static String Action_about;
    public static String Workbench_openLibraryTitle;
    public static String LanguagePage_description;
    public static String LanguagePage_systemDefault;
    public static String LanguagePage_note;
    public static String LanguagePage_noConfiguration;
    public static String LanguagePage_unreadable;
    public static String LanguagePage_unwritable;
    public static String LanguagePage_restartTitle;
    public static String LanguagePage_restartQuestion;

    static {
        NLS.initializeMessages("org.coprod.app.messages", Messages.class);
    }

    private Messages() {
    }
}
