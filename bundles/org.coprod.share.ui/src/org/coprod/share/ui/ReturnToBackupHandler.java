package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Return to Backup: returns the library to the state a pull kept before it merged (the current one is kept too). */
public final class ReturnToBackupHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Path> folder = ShareContext.savedLibrary(shell);
        if (folder.isEmpty()) {
            return null;
        }
        ShareJob.start("Read the backups", shell, monitor -> {
            try (SharedLibrary shared = Handlers.open(shell, folder.get())) {
                return shared.backups();
            }
        }, backups -> choose(shell, folder.get(), backups));
        return null;
    }

    private static void choose(Shell shell, Path folder, List<String> backups) {
        if (backups.isEmpty()) {
            MessageDialog.openInformation(shell, "Return to Backup", "No backups yet: each pull keeps one before it merges.");
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle("Return to Backup");
        dialog.setMessage("The state before each pull (newest first); the state you leave is kept as a backup too:");
        dialog.setElements(backups.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return;
        }
        String backup = (String) dialog.getFirstResult();
        ShareJob.start("Return to Backup", shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.open(folder)) {
                return shared.returnTo(backup);
            }
        }, changed -> {
            PulledFiles.show(shell, folder, changed);
            ShareMarks.refresh(folder);
            MessageDialog.openInformation(shell, "Return to Backup", "Returned to " + backup + " (" + changed.size() + " files).");
        });
    }
}
