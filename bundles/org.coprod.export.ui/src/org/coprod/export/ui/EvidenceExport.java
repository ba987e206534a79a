package org.coprod.export.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What exporting quotations and a framework matrix share: the file asked for (its extension names the format), the
 * question before replacing a file, the writing, and the offer to open what was written. What is written is read from
 * the live model (passages, summaries) on the UI thread, which owns it (see {@code WorkbenchSession}); a Job then builds
 * the file and writes it, with progress and Cancel, touching no model. A cancelled or failed export writes nothing.
 */
final class EvidenceExport {

    /** Checks a destination before any work. */
    interface Check {
        void run() throws BriefException;
    }

    /** Reads from the model what is to be written (on the UI thread), and returns the writing of it. */
    interface Read {
        Write run() throws BriefException;
    }

    /** Writes the file from what was read (in a Job). */
    interface Write {
        void run(IProgressMonitor monitor) throws BriefException;
    }

    /** One export to one file: made again, allowed to replace the file, once the user agrees. */
    record Writer(Check check, Read read) {
    }

    /** Makes the writer of a file, in the format its extension names, replacing it or not. */
    interface Writers {
        Optional<Writer> of(Path file, boolean overwrite);
    }

    private EvidenceExport() {
    }

    /** The Job that writes a file from what was read; {@code done} is told its result (OK, cancelled, or why it failed). */
    static Job job(String title, Path file, Write write, Consumer<IStatus> done) {
        Job job = new Job(title + " to " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    write.run(monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (BriefException e) {
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                done.accept(event.getResult());
            }
        });
        return job;
    }

    /** Says, on the UI thread, that the file is written (and offers to open it) or why nothing was; a cancel says nothing. */
    private static void tell(Display display, String title, Path file, IStatus result) {
        if (display.isDisposed() || result.getSeverity() == IStatus.CANCEL) {
            return;
        }
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            if (result.isOK()) {
                offerToOpen(shell, title, file);
            } else {
                MessageDialog.openError(shell, title, "Nothing was written: " + result.getMessage());
            }
        });
    }

    private static void offerToOpen(Shell shell, String title, Path file) {
        MessageDialog d = new MessageDialog(shell, title, null, "Written to " + file + ".", MessageDialog.INFORMATION, 0, "&Open",
                "&Close");
        if (d.open() == 0 && !Program.launch(file.toString())) {
            MessageDialog.openInformation(shell, title, "No program on this desktop opens " + file.getFileName() + "; the file is in "
                    + file.getParent() + ".");
        }
    }

    /** Asks for a file ({@code extensions} such as "*.docx"), then writes it in a Job; true when the Job was started. */
    static boolean run(Shell shell, String title, String fileName, List<String> extensions, List<String> names, Writers writers) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(fileName);
        dialog.setFilterExtensions(extensions.toArray(String[]::new));
        dialog.setFilterNames(names.toArray(String[]::new));
        dialog.setOverwrite(false); // asked below, once, in the workbench's words
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path file = Path.of(chosen);
        Optional<Writer> writer = writers.of(file, false);
        if (writer.isEmpty()) {
            MessageDialog.openError(shell, title, file.getFileName() + ": the name must end in " + String.join(", ",
                    extensions.stream().map(
                    e -> e.substring(1)).toList()) + ", which says the format to write.");
            return false;
        }
        return write(shell, title, file, writer.get(), writers);
    }

    private static boolean write(Shell shell, String title, Path file, Writer first, Writers writers) {
        Writer writer = first;
        try {
            writer.check().run();
        } catch (BriefExport.DestinationExistsException e) {
            if (!MessageDialog.openQuestion(shell, "Replace File?", e.file() + " already exists.\n\nDo you want to replace it?")) {
                return false;
            }
            writer = writers.of(file, true).orElseThrow();
        } catch (BriefException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return false;
        }
        Write write;
        try {
            write = writer.read().run();
        } catch (BriefException e) {
            MessageDialog.openError(shell, title, "Nothing was written: " + e.getMessage());
            return false;
        }
        Display display = shell.getDisplay();
        job(title, file, write, result -> tell(display, title, file, result)).schedule();
        return true;
    }
}
