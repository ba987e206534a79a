package org.coprod.ui.memos;

import org.coprod.ui.WorkbenchSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The memos of one object in a window of their own (a document's, from the Library navigator): the {@link MemoList},
 * whose every change is already an undoable edit, so the window only closes.
 */
public final class MemosDialog extends Dialog {

    private final WorkbenchSession session;
    private final EObject owner;
    private final String about;
    private final MemoEditing editing;
    private MemoList list;

    public MemosDialog(Shell parent, WorkbenchSession session, EObject owner, String about, MemoEditing editing) {
        super(parent);
        this.session = session;
        this.owner = owner;
        this.about = about;
        this.editing = editing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Memos on " + about);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        list = new MemoList(area, session, () -> owner, about, editing);
        GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(90), convertHeightInCharsToPixels(12))
                .applyTo(list.control());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    MemoList list() {
        return list;
    }
}
