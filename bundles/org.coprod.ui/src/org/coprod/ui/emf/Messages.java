package org.coprod.ui.emf;

import org.eclipse.osgi.util.NLS;

/** The words of the package's views, dialogs and commands, from messages.properties and its translations. */
public final class Messages extends NLS {

    public static String AttributeValues_notA;
    public static String AttributeValues_number;
    public static String AttributeValues_unknownValue;
    public static String AttributeValues_wholeNumber;
    public static String LibraryCommandStack_onlyTheUnsavedCommand;
    public static String UndoRedoActions_redo;
    public static String UndoRedoActions_undo;

    static {
        NLS.initializeMessages("org.coprod.ui.emf.messages", Messages.class);
    }

    private Messages() {
    }
}
