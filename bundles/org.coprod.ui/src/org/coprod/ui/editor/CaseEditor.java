package org.coprod.ui.editor;

import org.coprod.model.CoprodPackage;
import org.coprod.ui.emf.TextClipboard;
import org.coprod.ui.emf.PublishedSelection;

import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.EmfPropertySource;
import org.coprod.ui.emf.ItemLabels;
import org.coprod.ui.emf.UndoRedoActions;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The case editor: a multi-page form over one case of the open library. It edits through the library's command stack,
 * so Undo/Redo cover every page and every other view; it is dirty while its case has unsaved changes, and Save writes
 * the library's changes. Closing it loses nothing: the edits stay in the library until it is saved or closed.
 */
public class CaseEditor extends FormEditor implements WorkbenchSession.Observer {

    public static final String ID = "org.coprod.ui.caseEditor";

    private WorkbenchSession session;
    private Case theCase;
    private CaseForm form;
    private UndoRedoActions undoRedo;
    private final PublishedSelection selection = new PublishedSelection();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        if (!(input instanceof CaseEditorInput in) || !in.session().isActive() || in.session().findCase(in.caseId()) == null) {
            throw new PartInitException("No case " + input.getName() + " in the open library");
        }
        session = in.session();
        theCase = session.findCase(in.caseId());
        setPartName(Names.of(theCase));
        site.setSelectionProvider(selection);
        selection.setSelection(new StructuredSelection(theCase));
        undoRedo = new UndoRedoActions(session.commandStack());
        undoRedo.install(site.getActionBars());
        // Edit > Cut, Copy, Paste, Select All (and their keys) act on the text field that has the focus.
        TextClipboard.install(site.getActionBars(), site.getShell().getDisplay());
        WorkbenchSession.addObserver(this);
    }

    @Override
    protected void addPages() {
        form = new CaseForm(session, theCase, getToolkit());
        form.onSelect(o -> selection.setSelection(new StructuredSelection(o)));
        try {
            addPage(new CasePage(this, "overview", "Overview", form, OverviewPage::fill));
            addPage(new CasePage(this, "coding", "Coding", form, CodingPage::fill));
            addPage(new CasePage(this, "actors", "Actors and roles", form, ActorsPage::fill));
            addPage(new CasePage(this, "politics", "Politics", form, PoliticsPage::fill));
            addPage(new CasePage(this, "resources", "Resources", form, ResourcesPage::fill));
            addPage(new CasePage(this, "outcomes", "Outcomes and evidence", form, OutcomesPage::fill));
            addPage(new CasePage(this, "notes", "Notes", form, NotesPage::fill));
            addPage(new CasePage(this, "sources", "Sources", form, SourcesPage::fill));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    public Case theCase() {
        return theCase;
    }

    public CaseForm form() {
        return form;
    }

    /**
     * Puts the cursor on the field of a feature, or selects the row of the object (the Problems view's double-click).
     * Pages are built when first shown, so each is shown in turn until the field is found.
     */
    public boolean showField(EObject owner, EStructuralFeature feature) {
        if (feature == CoprodPackage.Literals.CASE__POLITICAL_PROFILE) {
            setActivePage("politics");
            return true;
        }
        for (int i = 0; i < getPageCount(); i++) {
            setActivePage(i);
            FieldBinder.Binding b = feature == null ? null : form.binder().find(owner, feature);
            if (b != null && getControl(i) != null && isAncestor(getControl(i), b.control())) {
                b.control().setFocus();
                return true;
            }
            if (owner != theCase && getControl(i) != null && form.reveal(owner, getControl(i))) {
                return true;
            }
            if (owner == theCase && getControl(i) != null && form.revealList(feature, getControl(i))) {
                return true;
            }
        }
        setActivePage(0);
        return false;
    }

    static boolean isAncestor(Control ancestor, Control c) {
        for (Control x = c; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dirtyChanged(WorkbenchSession s) {
        if (s != session || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        if (theCase.eContainer() == null) {
            // The case was deleted (an undo may bring it back, and then it can be opened again).
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        setPartName(Names.of(theCase));
        undoRedo.update();
        if (form != null) {
            form.refresh();
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void sessionActivated(WorkbenchSession s) {
        if (s != session && getContainer() != null && !getContainer().isDisposed()) {
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    @Override
    public void sessionClosed() {
        if (getContainer() != null && !getContainer().isDisposed()) {
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty() && session.hasUnsavedChanges(theCase);
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
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

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(EmfPropertySource.provider(new ItemLabels(session.adapterFactory()).delegator()));
            return (T) page;
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        WorkbenchSession.removeObserver(this);
        super.dispose();
    }
}
