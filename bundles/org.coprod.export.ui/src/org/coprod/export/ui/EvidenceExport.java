package org.coprod.export.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What exporting quotations and a framework matrix share: the file asked for (its extension names the format), the
 * question before replacing a file, the writing, and the offer to open what was written. The export runs on the UI
 * thread, with a busy cursor, because it reads the live model (passages, summaries), which only that thread may read.
 */
final class EvidenceExport {

    /** Checks a destination before any work. */
    interface Check {
        void run() throws BriefException;
    }

    /** Writes the file. */
    interface Write {
        void run(IProgressMonitor monitor) throws BriefException;
    }

    /** One export to one file: made again, allowed to replace the file, once the user agrees. */
    record Writer(Check check, Write write) {
    }

    /** Makes the writer of a file, in the format its extension names, replacing it or not. */
    interface Writers {
        Optional<Writer> of(Path file, boolean overwrite);
    }

    private EvidenceExport() {
    }

    /** Asks for a file ({@code extensions} such as "*.docx"), then writes it; true when a file was written. */
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
            MessageDialog.openError(shell, title, NLS.bind(Messages.Evidence_badName, file.getFileName(),
                    String.join(", ", extensions.stream().map(e -> e.substring(1)).toList())));
            return false;
        }
        return write(shell, title, file, writer.get(), writers);
    }

    private static boolean write(Shell shell, String title, Path file, Writer first, Writers writers) {
        Writer writer = first;
        try {
            writer.check().run();
        } catch (BriefExport.DestinationExistsException e) {
            if (!MessageDialog.openQuestion(shell, Messages.Replace_title, NLS.bind(Messages.Replace_question, e.file()))) {
                return false;
            }
            writer = writers.of(file, true).orElseThrow();
        } catch (BriefException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return false;
        }
        Writer chosen = writer;
        BriefException[] failed = new BriefException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                chosen.write().run(new NullProgressMonitor()); // on the UI thread nothing can cancel it
            } catch (BriefException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            MessageDialog.openError(shell, title, NLS.bind(Messages.Evidence_nothingWritten, failed[0].getMessage()));
            return false;
        }
        MessageDialog d = new MessageDialog(shell, title, null, NLS.bind(Messages.Evidence_written, file), MessageDialog.INFORMATION, 0,
                Messages.Written_open, Messages.Written_close);
        if (d.open() == 0 && !Program.launch(file.toString())) {
            MessageDialog.openInformation(shell, title, NLS.bind(Messages.Written_noProgram, file.getFileName(),
                    file.getParent()));
        }
        return true;
    }
}
