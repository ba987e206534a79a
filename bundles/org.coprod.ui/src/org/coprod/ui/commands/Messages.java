package org.coprod.ui.commands;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String ApplyImport_addCase;
    public static String ApplyImport_cases;
    public static String ApplyImport_changed;
    public static String ApplyImport_label;
    public static String ApplyImport_oneCase;
    public static String ApplyImport_oneChanged;
    public static String CaseCommands_copyOf;
    public static String CaseCommands_deleteCase;
    public static String CaseCommands_deleteCases;
    public static String CaseCommands_duplicateCase;
    public static String CaseCommands_newCase;
    public static String CodeIntoCell_label;

    static {
        NLS.initializeMessages("org.coprod.ui.commands.messages", Messages.class);
    }

    private Messages() {
    }
}
