package org.coprod.ui.actions;

import java.io.IOException;

import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Asks what to do with the open library's unsaved changes before it is closed or replaced. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /**
     * True when it is fine to go on: no library open ({@code s} null), nothing unsaved, saved now, or the user chose to
     * discard.
     */
    public static boolean resolve(WorkbenchSession s, Shell shell) {
        if (s != null) {
            s.commitPendingEdits();
        }
        if (s == null || !s.isDirty()) {
            return true;
        }
        MessageDialog d = new MessageDialog(shell, Messages.UnsavedChanges_title, null,
                NLS.bind(Messages.UnsavedChanges_question, s.name()), MessageDialog.QUESTION, 0, Messages.UnsavedChanges_save,
                Messages.UnsavedChanges_donTSave, Messages.UnsavedChanges_cancel);
        int answer = d.open();
        if (answer == 0) {
            return s.saveOrReport(shell);
        }
        if (answer == 1) {
            try {
                s.journal().clear(); // the user chose to lose these edits: nothing to recover next time
            } catch (IOException e) {
                // an old journal is only offered, never applied unasked
            }
        }
        return answer == 1;
    }
}
