package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.coprod.share.LibraryStatus;
import org.coprod.share.SharedLibrary;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * What the navigator and the status line show of the open library's sharing: the cases changed since the last commit,
 * and how far the library is ahead of and behind its remote. Read by a Job after the library loads, after each save
 * and after each Share step; unknown (never "none") until read, and empty for a library that is not shared.
 */
final class ShareMarks {

    static final String DECORATOR = "org.coprod.share.ui.changedCases";

    /** What was read, for one library folder; {@code status} null while unknown or when the library is not shared. */
    record Marks(Path folder, LibraryStatus status) {
        Set<String> changedIds() {
            return status == null ? Set.of() : status.cases().stream().map(LibraryStatus.ChangedCase::id).collect(Collectors.toSet());
        }
    }

    private static volatile Marks current = new Marks(null, null);
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private ShareMarks() {
    }

    static Marks current() {
        return current;
    }

    static void listen(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void unlisten(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Reads the marks of a library folder again, in the background. */
    static void refresh(Path folder) {
        if (folder == null || !SharedLibrary.isShared(folder)) {
            publish(new Marks(folder, null));
            return;
        }
        Job job = new Job(Messages.Step_readStatus) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (SharedLibrary shared = SharedLibrary.open(folder)) {
                    shared.repaired().ifPresent(note -> Display.getDefault().asyncExec(() -> repaired(folder, note)));
                    publish(new Marks(folder, shared.status()));
                } catch (Exception e) {
                    publish(new Marks(folder, null)); // unknown: nothing is marked rather than something false
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Opening the shared library finished a pull that a kill interrupted: the workbench read the library before that,
     * so it reads it again (it cannot hold edits yet: this runs right after the library loads); if it somehow does,
     * the user is told instead, since a save would write the old content of those cases back.
     */
    private static void repaired(Path folder, String note) {
        WorkbenchSession session = WorkbenchSession.active();
        Shell shell = Display.getDefault().getActiveShell();
        if (session != null && session.folder().equals(folder) && session.isDirty()) {
            MessageDialog.openWarning(shell, Messages.Step_share, NLS.bind(Messages.Marks_repairedDirty, note));
            return;
        }
        MessageDialog.openInformation(shell, Messages.Step_share, NLS.bind(Messages.Marks_repaired, note));
        Handlers.reopen(folder);
    }

    static void publish(Marks marks) {
        current = marks;
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDecoratorManager().update(DECORATOR);
            }
            LISTENERS.forEach(Runnable::run);
        });
    }

    /** The status line's text: ahead/behind the remote, or nothing for a library that is not shared. */
    static String statusText(Marks marks) {
        LibraryStatus s = marks.status();
        if (s == null) {
            return "";
        }
        int n = s.cases().size();
        String changes = n == 1 ? Messages.Status_oneCase : NLS.bind(Messages.Status_cases, n);
        if (s.ahead() < 0) {
            return n == 0 ? Messages.Status_noRemote : NLS.bind(Messages.Status_noRemoteChanges, changes);
        }
        return n == 0 ? NLS.bind(Messages.Status_remote, s.ahead(), s.behind())
                : NLS.bind(Messages.Status_remoteChanges, new Object[] {changes, s.ahead(), s.behind()});
    }
}
