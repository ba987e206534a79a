package org.coprod.ui.documents;

import org.coprod.ui.coder.CoderPrompt;
import java.util.function.Consumer;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.UndoRedoActions;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

/**
 * A document of the library, coded for one case: its text read-only, its coded passages highlighted and striped, and
 * passages coded from the context menu, the quick-code box or a code dropped from the Codebook view. Edits go to the
 * library's command stack (Edit > Undo/Redo); Save writes the library. It closes when its case or document leaves the
 * library, or the library closes.
 */
public class DocumentEditor extends EditorPart implements WorkbenchSession.Observer {

    public static final String ID = "org.coprod.ui.documentEditor";

    private WorkbenchSession session;
    private DocumentEditorInput input;
    private CodingPane pane;
    private UndoRedoActions undoRedo;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof DocumentEditorInput in) || in.document().isEmpty()) {
            throw new PartInitException("No document " + editorInput.getName() + " in the case it was opened for");
        }
        setSite(site);
        setInput(editorInput);
        input = in;
        session = in.session();
        setPartName(in.getName());
        setTitleToolTip(in.getToolTipText());
        undoRedo = new UndoRedoActions(session.commandStack());
        undoRedo.install(site.getActionBars());
        WorkbenchSession.addObserver(this);
    }

    @Override
    public void createPartControl(Composite parent) {
        pane = new CodingPane(parent, session, () -> input.theCase().orElse(null),
                () -> input.document().orElse(null), CoderPrompt.DIALOG);
        // Edit > Copy and Select All act on the text with the focus (the document, or the quick-code box).
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), onFocused(StyledText::copy, Text::copy));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), onFocused(StyledText::selectAll, Text::selectAll));
        bars.updateActionBars();
    }

    private Action onFocused(Consumer<StyledText> styled, Consumer<Text> text) {
        return new Action() {
            @Override
            public void run() {
                Control focus = pane.control().getDisplay().getFocusControl();
                if (focus instanceof StyledText st) {
                    styled.accept(st);
                } else if (focus instanceof Text t) {
                    text.accept(t);
                }
            }
        };
    }

    public CodingPane pane() {
        return pane;
    }

    /** The case the document is coded for. */
    public Case theCase() {
        return input.theCase().orElse(null);
    }

    public Document document() {
        return input.document().orElse(null);
    }

    @Override
    public void dirtyChanged(WorkbenchSession s) {
        if (s != session || pane == null || pane.control().isDisposed()) {
            return;
        }
        if (input.document().isEmpty()) {
            // The case was deleted or stopped drawing on the document (an undo may bring it back: open it again then).
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        undoRedo.update();
        setPartName(input.getName());
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void sessionActivated(WorkbenchSession s) {
        if (s != session) {
            closeSoon();
        }
    }

    @Override
    public void sessionClosed() {
        closeSoon();
    }

    private void closeSoon() {
        if (pane != null && !pane.control().isDisposed()) {
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty() && input.theCase().map(session::hasUnsavedChanges).orElse(false);
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false; // closing loses nothing: the codings stay in the library until it is saved or closed
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        session.saveOrReport(getSite().getShell());
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        pane.styledText().setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
