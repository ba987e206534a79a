package org.coprod.ui.memos;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.coprod.core.evidence.Memos;
import org.coprod.model.Memo;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The memos of a case or a document: a list (date, author, first line) with Add Memo…, Edit Memo… (or a double-click)
 * and Remove, each one undoable edit. It follows the command stack, so undo and edits elsewhere show at once.
 */
public final class MemoList {

    private final Composite control;
    private final TableViewer table;
    private final Label status;
    private final Button edit;
    private final Button remove;
    private final WorkbenchSession session;
    private final Supplier<EObject> owner;
    private final String about;
    private final MemoEditing editing;

    /** @param about what the memos are on, in words ("the case “Alpha”") */
    public MemoList(Composite parent, WorkbenchSession session, Supplier<EObject> owner, String about, MemoEditing editing) {
        this.session = session;
        this.owner = owner;
        this.about = about;
        this.editing = editing;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
        table = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Date", 85, MemoDialog::day);
        column("By", 120, m -> m.getAuthor() == null ? "" : String.valueOf(m.getAuthor().getName()));
        column("Memo", 360, m -> m.getText() == null ? "" : m.getText().lines().findFirst().orElse(""));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).applyTo(table.getControl());
        Composite buttons = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        Button add = button(buttons, "Add Memo...", () -> status(editing.edit(control.getShell(), session, owner.get(), null, about)));
        edit = button(buttons, "Edit Memo...", this::editSelected);
        remove = button(buttons, "Remove", () -> selected().ifPresent(m -> status(editing.remove(session, owner.get(), m))));
        add.setToolTipText("A memo in Markdown, in your name and dated now");
        status = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        table.addDoubleClickListener(e -> editSelected());
        table.addSelectionChangedListener(e -> enable());
        CommandStackListener follow = e -> control.getDisplay().asyncExec(this::refresh);
        session.commandStack().addCommandStackListener(follow);
        control.addDisposeListener(e -> session.commandStack().removeCommandStackListener(follow));
        refresh();
    }

    private void column(String title, int width, Function<Memo, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Memo) element);
            }
        });
    }

    private static Button button(Composite parent, String text, Runnable run) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> run.run());
        return b;
    }

    private void editSelected() {
        selected().ifPresent(m -> status(editing.edit(control.getShell(), session, owner.get(), m, about)));
    }

    private Optional<Memo> selected() {
        return table.getStructuredSelection().getFirstElement() instanceof Memo m ? Optional.of(m) : Optional.empty();
    }

    private void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            control.layout(true, true);
        }
        refresh();
    }

    /** Shows the owner's memos as the model holds them now. */
    public void refresh() {
        if (control.isDisposed()) {
            return;
        }
        Object chosen = table.getStructuredSelection().getFirstElement();
        List<Memo> memos = owner.get() == null ? List.of() : Memos.of(owner.get());
        table.setInput(memos);
        if (chosen != null && memos.contains(chosen)) {
            table.setSelection(new StructuredSelection(chosen));
        }
        enable();
    }

    private void enable() {
        boolean one = selected().isPresent();
        edit.setEnabled(one);
        remove.setEnabled(one);
    }

    /** "Written by Ana Silva on 2024-05-02": who wrote a memo and when. */
    static String byline(Memo m) {
        String who = m.getAuthor() == null || m.getAuthor().getName() == null ? "unknown coder" : m.getAuthor().getName();
        String day = MemoDialog.day(m);
        return "Written by " + who + (day.isEmpty() ? "" : " on " + day);
    }

    public Composite control() {
        return control;
    }

    public TableViewer table() {
        return table;
    }

    Label status() {
        return status;
    }
}
