package org.coprod.share.ui;

import java.util.ArrayList;
import java.util.List;

import org.coprod.share.LibraryStatus;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Share &gt; Commit: the changed cases by name (not file names) and a message; Commit is enabled once there is one. */
final class CommitDialog extends Dialog {

    private final LibraryStatus status;
    private final String author;
    private Text message;
    private String messageValue = "";

    CommitDialog(Shell parent, LibraryStatus status, String author) {
        super(parent);
        this.status = status;
        this.author = author;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Commit");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText("Changed since the last commit (committed as " + author + "):");
        ListViewer changes = new ListViewer(area, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(changes.getControl());
        changes.setContentProvider(ArrayContentProvider.getInstance());
        changes.setInput(lines(status));
        new Label(area, SWT.NONE).setText("What changed and why:");
        message = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, 60).applyTo(message);
        message.addModifyListener(e -> commitButton().setEnabled(!message.getText().isBlank()));
        return area;
    }

    /** The lines the list shows: each case by its name and what happened to it, then the library file and others. */
    static List<String> lines(LibraryStatus status) {
        List<String> lines = new ArrayList<>();
        for (LibraryStatus.ChangedCase c : status.cases()) {
            String kind = switch (c.kind()) {
                case ADDED -> "new";
                case CHANGED -> "changed";
                case DELETED -> "deleted";
            };
            lines.add(c.name() + " (" + kind + ")");
        }
        if (status.libraryFileChanged()) {
            lines.add("The library file: typologies, actors, sources, codebook (changed)");
        }
        status.otherFiles().forEach(f -> lines.add(f + " (changed)"));
        return lines;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Commit", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    Button commitButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    Text messageField() {
        return message;
    }

    @Override
    protected void okPressed() {
        messageValue = message.getText().strip();
        super.okPressed();
    }

    String message() {
        return messageValue;
    }
}
