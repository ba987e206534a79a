package org.coprod.share.ui;

import java.util.ArrayList;
import java.util.List;

import org.coprod.share.LibraryStatus;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.osgi.util.NLS;
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
        shell.setText(Messages.Step_commit);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(NLS.bind(Messages.Commit_changedAs, author));
        ListViewer changes = new ListViewer(area, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(changes.getControl());
        changes.setContentProvider(ArrayContentProvider.getInstance());
        changes.setInput(lines(status));
        new Label(area, SWT.NONE).setText(Messages.Commit_why);
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
                case ADDED -> Messages.Commit_new;
                case CHANGED -> Messages.Commit_changed;
                case DELETED -> Messages.Commit_deleted;
            };
            lines.add(NLS.bind(kind, c.name()));
        }
        if (status.libraryFileChanged()) {
            lines.add(Messages.Commit_libraryFile);
        }
        status.otherFiles().forEach(f -> lines.add(NLS.bind(Messages.Commit_changed, f)));
        return lines;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Commit_button, true).setEnabled(false);
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
