package org.coprod.share.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.coprod.share.Credentials;
import org.coprod.share.SharedLibrary;
import org.coprod.ui.actions.LibraryOpening;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Steps the Share handlers share: opening the shared library (which repairs a killed pull) and reopening the workbench's. */
final class Handlers {

    private Handlers() {
    }

    /** Opens the shared library; when the open finished an interrupted pull, says so and reopens the workbench's library. */
    static SharedLibrary open(Shell shell, Path folder) throws IOException {
        if (!SharedLibrary.isShared(folder)) {
            throw new IOException(Messages.Context_notShared);
        }
        SharedLibrary shared = SharedLibrary.open(folder);
        shared.repaired().ifPresent(note -> Display.getDefault().asyncExec(() -> {
            MessageDialog.openInformation(shell, Messages.Step_share, note);
            reopen(folder);
        }));
        return shared;
    }

    /**
     * The login for a pull or push of the shared library in {@code folder} (asked or remembered); null when the user
     * cancelled, or when the library could not be opened, which is then said in a dialog titled {@code step}.
     */
    static Credentials login(Shell shell, Path folder, String step) {
        try (SharedLibrary shared = open(shell, folder)) {
            return ShareContext.login(shell, shared);
        } catch (IOException e) {
            MessageDialog.openError(shell, step, e.getMessage());
            return null;
        }
    }

    /** Reads the library again after its files changed under it (pull, return to backup); the index follows by file times. */
    static void reopen(Path folder) {
        LibraryOpening.open(folder, Display.getDefault());
    }
}
