package org.coprod.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Share &gt; Set Remote: gives a shared library the remote it pushes to and pulls from, for a library shared without one
 * or whose remote moved. The case files are not touched, so unsaved edits need not be saved first.
 */
public final class RemoteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Path> folder = ShareContext.openLibrary(shell);
        if (folder.isEmpty()) {
            return null;
        }
        String current;
        try (SharedLibrary shared = Handlers.open(shell, folder.get())) {
            current = shared.remote().orElse("");
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Step_remote, NextSteps.message(e));
            return null;
        }
        RemoteDialog dialog = new RemoteDialog(shell, current);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String address = dialog.address();
        ShareJob.start(Messages.Step_remote, shell, monitor -> {
            try (SharedLibrary shared = Handlers.open(shell, folder.get())) {
                shared.remote(address);
                return shared.remote().orElseThrow();
            }
        }, kept -> MessageDialog.openInformation(shell, Messages.Step_remote,
                NLS.bind(Messages.Remote_done, kept, NextSteps.menu("push_label"))));
        return null;
    }
}
