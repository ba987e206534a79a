package org.coprod.ui.actions;

import java.time.ZoneId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.ui.EditJournal;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * After a library opens: when the last workbench on it stopped with unsaved edits (killed, crashed, power cut), says
 * so and offers them back. Recovering is one undoable edit that leaves the library unsaved, so the user still decides.
 */
public final class RecoveryOffer {

    private RecoveryOffer() {
    }

    /** Asks, on the UI thread; does nothing when the journal is empty. */
    public static void ask(WorkbenchSession session, Shell shell) {
        EditJournal.Pending pending;
        try {
            pending = session.journal().read();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openWarning(shell, "Unsaved edits", "The journal of unsaved edits in " + session.folder()
                    .resolve(EditJournal.FOLDER)
                    + " cannot be read (" + e.getMessage() + "). The library itself is as last saved.");
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        MessageDialog d = new MessageDialog(shell, "Recover unsaved edits", null, describe(pending, session), MessageDialog.QUESTION, 0,
                "&Recover", "&Discard", "&Later");
        int answer = d.open();
        try {
            if (answer == 0) {
                session.execute(session.journal().recoverCommand(session, pending));
            } else if (answer == 1) {
                session.journal().clear();
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Recover unsaved edits", "The edits could not be recovered: " + e.getMessage());
        }
    }

    /** The question, naming what the journal holds. */
    static String describe(EditJournal.Pending pending, WorkbenchSession session) {
        StringBuilder sb = new StringBuilder("The workbench stopped");
        if (pending.written() != null) {
            sb.append(" after ").append(pending.written().atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0)
                    .toString().replace('T', ' '));
        }
        sb.append(" without saving this library. ");
        if (!pending.cases().isEmpty()) {
            sb.append("Unsaved edits to ").append(pending.cases().size() == 1 ? "1 case" : pending.cases().size() + " cases").append(": ")
                    .append(names(pending.cases(), session)).append(". ");
        }
        if (!pending.deleted().isEmpty()) {
            sb.append("Deleted but not saved: ").append(pending.deleted().stream().map(id -> name(id, session))
                    .collect(Collectors.joining(", ")))
                    .append(". ");
        }
        sb.append("\n\nRecover them? They come back as one edit you can undo, and are written when you save.");
        return sb.toString();
    }

    private static String names(List<Path> files, WorkbenchSession session) {
        return files.stream().map(f -> name(f.getFileName().toString().replace(Library.CASE_FILE_SUFFIX, ""), session))
                .collect(Collectors.joining(", "));
    }

    /** A case's name where the library knows it; a new case's id otherwise (its name is in the journal only). */
    private static String name(String id, WorkbenchSession session) {
        var c = session.findCase(id);
        return c != null && c.getName() != null ? "“" + c.getName() + "”" : id + " (new)";
    }
}
