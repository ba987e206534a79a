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
import org.eclipse.osgi.util.NLS;
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
            MessageDialog.openWarning(shell, Messages.RecoveryOffer_unsavedEdits, 
                    NLS.bind(Messages.RecoveryOffer_unreadable, session.folder().resolve(EditJournal.FOLDER), e.getMessage()));
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        MessageDialog d = new MessageDialog(shell, Messages.RecoveryOffer_recoverUnsavedEdits, null, describe(pending, session),
                MessageDialog.QUESTION, 0, Messages.RecoveryOffer_recover, Messages.RecoveryOffer_discard, Messages.RecoveryOffer_later);
        int answer = d.open();
        try {
            if (answer == 0) {
                session.execute(session.journal().recoverCommand(session, pending));
            } else if (answer == 1) {
                session.journal().clear();
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.RecoveryOffer_recoverUnsavedEdits, NLS.bind(Messages.RecoveryOffer_notRecovered,
                    e.getMessage()));
        }
    }

    /** The question, naming what the journal holds. */
    static String describe(EditJournal.Pending pending, WorkbenchSession session) {
        StringBuilder sb = new StringBuilder(Messages.RecoveryOffer_theWorkbenchStopped);
        if (pending.written() != null) {
            sb.append(NLS.bind(Messages.RecoveryOffer_after, pending.written().atZone(ZoneId.systemDefault()).toLocalDateTime()
                    .withNano(0).toString().replace('T', ' ')));
        }
        sb.append(Messages.RecoveryOffer_withoutSaving);
        if (!pending.cases().isEmpty()) {
            String cases = pending.cases().size() == 1 ? Messages.RecoveryOffer_1Case
                    : NLS.bind(Messages.RecoveryOffer_nCases, pending.cases().size());
            sb.append(NLS.bind(Messages.RecoveryOffer_unsavedTo, cases, names(pending.cases(), session)));
        }
        if (!pending.deleted().isEmpty()) {
            sb.append(NLS.bind(Messages.RecoveryOffer_deleted,
                    pending.deleted().stream().map(id -> name(id, session)).collect(Collectors.joining(", "))));
        }
        sb.append(Messages.RecoveryOffer_question);
        return sb.toString();
    }

    private static String names(List<Path> files, WorkbenchSession session) {
        return files.stream().map(f -> name(f.getFileName().toString().replace(Library.CASE_FILE_SUFFIX, ""), session))
                .collect(Collectors.joining(", "));
    }

    /** A case's name where the library knows it; a new case's id otherwise (its name is in the journal only). */
    private static String name(String id, WorkbenchSession session) {
        var c = session.findCase(id);
        return c != null && c.getName() != null ? "“" + c.getName() + "”" : NLS.bind(Messages.RecoveryOffer_new, id);
    }
}
