package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.coprod.model.Case;
import org.coprod.share.Conflict;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows in the open library what a pull (or a return to a backup) wrote into its files: only the cases whose files
 * changed are read again, and the search index updates only those. Edits typed while the pull ran are never replaced.
 */
final class PulledFiles {

    private PulledFiles() {
    }

    /** Takes the files a pull changed ({@link org.coprod.share.PullResult#changed()}) into the session open on {@code folder}. */
    static void show(Shell shell, Path folder, List<String> changed) {
        WorkbenchSession session = WorkbenchSession.active();
        if (session == null || !session.isLoaded() || !session.folder().equals(folder)) {
            return; // no library, or another one, is open now: this one's files are read when it is opened
        }
        boolean libraryFile = changed.contains(Conflict.LIBRARY);
        if (libraryFile && !session.isDirty()) {
            // Every case refers into the library file (typologies, actors, codes): the whole library is read again.
            Handlers.reopen(folder);
            return;
        }
        List<String> ids = changed.stream().filter(id -> !id.equals(Conflict.LIBRARY) && !id.contains("/")).toList();
        List<Case> kept = session.reread(ids);
        if (!kept.isEmpty()) {
            String names = kept.stream().map(c -> c.getName() == null ? c.getId() : c.getName()).collect(Collectors.joining(", "));
            MessageDialog.openWarning(shell, Messages.Step_pull, NLS.bind(Messages.Pull_keptEdits, names));
        }
        if (libraryFile) {
            MessageDialog.openWarning(shell, Messages.Step_pull, Messages.Pull_libraryChanged);
        }
    }
}
