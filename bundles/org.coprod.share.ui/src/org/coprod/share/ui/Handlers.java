package org.coprod.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.coprod.share.Credentials;
import org.coprod.share.SharedLibrary;
import org.coprod.ui.actions.LibraryOpening;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Steps the Share handlers share: opening the shared library (which repairs a killed pull) and reopening the workbench's. */
final class Handlers {

    /** What a Share step does with the open shared library, on its Job's thread. */
    interface Work<T> {
        T on(SharedLibrary shared, ProgressMonitor monitor) throws IOException;
    }

    /** What a step that talks to the remote does, with the login it was given. */
    interface Exchanging<T> {
        T on(SharedLibrary shared, Credentials login, ProgressMonitor monitor) throws IOException;
    }

    private Handlers() {
    }

    /**
     * Saves the workbench's library (or stops, when the user would not), then runs {@code work} on it as the Job
     * {@code step}; {@code done} gets the library's folder and the result on the UI thread.
     */
    static <T> void start(Shell shell, String step, Work<T> work, BiConsumer<Path, T> done) {
        ShareContext.savedLibrary(shell).ifPresent(folder -> ShareJob.start(step, shell, monitor -> {
            try (SharedLibrary shared = open(shell, folder)) {
                return work.on(shared, monitor);
            }
        }, result -> done.accept(folder, result)));
    }

    /** As {@link #start}, for a pull or push: the login is asked (or recalled) first, and nothing runs without one. */
    static <T> void exchange(Shell shell, String step, Exchanging<T> work, BiConsumer<Path, T> done) {
        ShareContext.savedLibrary(shell).ifPresent(folder -> {
            Credentials login = login(shell, folder, step);
            if (login != null) {
                ShareJob.start(step, shell, monitor -> {
                    try (SharedLibrary shared = open(shell, folder)) {
                        return work.on(shared, login, monitor);
                    }
                }, result -> done.accept(folder, result));
            }
        });
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
            MessageDialog.openError(shell, step, NextSteps.message(e));
            return null;
        }
    }

    /** Reads the library again after its files changed under it (pull, return to backup); the index follows by file times. */
    static void reopen(Path folder) {
        LibraryOpening.open(folder, Display.getDefault());
    }
}
