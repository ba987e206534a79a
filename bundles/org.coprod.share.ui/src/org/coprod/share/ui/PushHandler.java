package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Push: sends the commits; a remote that moved on is reported as "pull first". */
public final class PushHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Path> folder = ShareContext.savedLibrary(shell);
        if (folder.isEmpty()) {
            return null;
        }
        Credentials login = Handlers.login(shell, folder.get(), Messages.Step_push);
        if (login == null) {
            return null;
        }
        ShareJob.start(Messages.Step_push, shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.open(folder.get())) {
                Exchange.push(shared, login, monitor);
                return Boolean.TRUE;
            }
        }, done -> {
            ShareMarks.refresh(folder.get());
            MessageDialog.openInformation(shell, Messages.Step_push, Messages.Push_done);
        });
        return null;
    }
}
