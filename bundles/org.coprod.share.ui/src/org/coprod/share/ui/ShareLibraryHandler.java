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
            MessageDialog.openInformation(shell, "Share Library", "This library is already shared.");
            return null;
        }
        InputDialog remote = new InputDialog(shell, "Share Library",
                "Remote to push to (file://… or https://…; leave empty to add one later). A token is never kept in the address:",
                "", null);
        if (remote.open() != Window.OK) {
            return null;
        }
        String address = remote.getValue().isBlank() ? null : remote.getValue().strip();
        ShareJob.start("Share Library", shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.init(folder.get(), address, ShareContext.who())) {
                return shared.folder();
            }
        }, done -> MessageDialog.openInformation(shell, "Share Library", "The library is shared" + (address == null ? "."
                : "; Share > Push sends it to the remote.")));
        return null;
    }
}
