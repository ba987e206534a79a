package org.coprod.share.ui;

import java.nio.file.Path;

import org.coprod.share.LibraryStatus;
import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Commit: saves, lists the changed cases by name, and commits them with the user's message as the coder. */
public final class CommitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Handlers.start(shell, Messages.Step_readChanges, (shared, monitor) -> shared.status(),
                (folder, status) -> ask(shell, folder, status));
        return null;
    }

    private static void ask(Shell shell, Path folder, LibraryStatus status) {
        if (status.isClean()) {
            MessageDialog.openInformation(shell, Messages.Step_commit, Messages.Commit_nothing);
            return;
        }
        CommitDialog dialog = new CommitDialog(shell, status, ShareContext.who().getName());
        if (dialog.open() != Window.OK) {
            return;
        }
        ShareJob.start(Messages.Step_commit, shell, monitor -> {
            try (SharedLibrary shared = Handlers.open(shell, folder)) {
                return shared.commit(dialog.message(), ShareContext.who()).abbreviate(8).name();
            }
        }, id -> {
            ShareMarks.refresh(folder);
            MessageDialog.openInformation(shell, Messages.Step_commit, NLS.bind(Messages.Commit_done, id));
        });
    }
}
