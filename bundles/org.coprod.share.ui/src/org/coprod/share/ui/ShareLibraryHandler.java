package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.coprod.share.SharedLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Share Library: puts the open library under Git (derived data ignored), with an optional remote. */
public final class ShareLibraryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Path> folder = ShareContext.savedLibrary(shell);
        if (folder.isEmpty()) {
            return null;
        }
        if (SharedLibrary.isShared(folder.get())) {
            MessageDialog.openInformation(shell, Messages.Step_shareLibrary, Messages.Share_already);
            return null;
        }
        InputDialog remote = new InputDialog(shell, Messages.Step_shareLibrary, Messages.Share_remote, "", null);
        if (remote.open() != Window.OK) {
            return null;
        }
        String address = remote.getValue().isBlank() ? null : remote.getValue().strip();
        ShareJob.start(Messages.Step_shareLibrary, shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.init(folder.get(), address, ShareContext.who())) {
                return shared.folder();
            }
        }, done -> MessageDialog.openInformation(shell, Messages.Step_shareLibrary,
                address == null ? Messages.Share_done : Messages.Share_donePush));
        return null;
    }
}
