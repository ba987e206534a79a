package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.List;

import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Return to Backup: returns the library to the state a pull kept before it merged (the current one is kept too). */
public final class ReturnToBackupHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Handlers.start(shell, Messages.Step_readBackups, (shared, monitor) -> shared.backups(),
                (folder, backups) -> choose(shell, folder, backups));
        return null;
    }

    private static void choose(Shell shell, Path folder, List<String> backups) {
        if (backups.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Step_backup, Messages.Backup_none);
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle(Messages.Step_backup);
        dialog.setMessage(Messages.Backup_choose);
        dialog.setElements(backups.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return;
        }
        String backup = (String) dialog.getFirstResult();
        ShareJob.start(Messages.Step_backup, shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.open(folder)) {
                return shared.returnTo(backup);
            }
        }, changed -> {
            PulledFiles.show(shell, folder, changed);
            ShareMarks.refresh(folder);
            MessageDialog.openInformation(shell, Messages.Step_backup, NLS.bind(Messages.Backup_done, backup, changed.size()));
        });
    }
}
