package org.coprod.share.ui;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A Share step run as a Job, with Git's progress shown in the Progress view and Cancel passed on to Git; its result is
 * handed to the UI thread, and a failure is shown as its message (written for users), never as a stack trace.
 */
final class ShareJob<T> extends Job {

    interface Step<T> {
        T run(ProgressMonitor monitor) throws IOException;
    }

    private final Shell shell;
    private final Step<T> step;
    private final Consumer<T> done;

    private ShareJob(String name, Shell shell, Step<T> step, Consumer<T> done) {
        super(name);
        this.shell = shell;
        this.step = step;
        this.done = done;
        setUser(true);
    }

    /** Schedules the step; {@code done} gets its result on the UI thread. */
    static <T> ShareJob<T> start(String name, Shell shell, Step<T> step, Consumer<T> done) {
        ShareJob<T> job = new ShareJob<>(name, shell, step, done);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            T result = step.run(new GitProgress(monitor));
            Display.getDefault().asyncExec(() -> done.accept(result));
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            String message = NextSteps.message(e);
            Display.getDefault().asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell, getName(), message));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Git's progress reports as sub-tasks of the Job; the Job's Cancel is Git's. */
    private static final class GitProgress implements ProgressMonitor {
        private final IProgressMonitor monitor;

        GitProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void start(int totalTasks) {
            // one Job, of unknown length: Git's tasks show as its sub-tasks
        }

        @Override
        public void beginTask(String title, int totalWork) {
            monitor.subTask(title);
        }

        @Override
        public void update(int completed) {
            monitor.worked(completed);
        }

        @Override
        public void endTask() {
            monitor.subTask("");
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }

        @Override
        public void showDuration(boolean enabled) {
            // durations are not shown in the Progress view
        }
    }
}
