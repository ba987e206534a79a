package org.coprod.ui.editor;

import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.ui.CoprodPreferences;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What the pages of a case editor share: the case, the library's editing domain, one field binder, and what to redraw
 * after every command. Kept apart from the editor part so that the pages can be built and tested on a plain shell.
 */
public final class CaseForm {

    private final WorkbenchSession session;
    private final Case theCase;
    private final FormToolkit toolkit;
    private final FieldBinder binder;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<ContainmentTable> tables = new ArrayList<>();
    private Consumer<Object> selection = o -> {
    };
    private Diagnostic lastDiagnostic;

    public CaseForm(WorkbenchSession session, Case theCase, FormToolkit toolkit) {
        this.session = session;
        this.theCase = theCase;
        this.toolkit = toolkit;
        this.binder = new FieldBinder(session.editingDomain(), toolkit);
    }

    public WorkbenchSession session() {
        return session;
    }

    public Case theCase() {
        return theCase;
    }

    public EditingDomain domain() {
        return session.editingDomain();
    }

    public FormToolkit toolkit() {
        return toolkit;
    }

    public FieldBinder binder() {
        return binder;
    }

    /** Something else to redraw after each command (tables, grids, totals). */
    public void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    public void onSelect(Consumer<Object> s) {
        selection = s;
    }

    public void select(Object o) {
        selection.accept(o);
    }

    /** Shows the model again everywhere, and the validator's problems at their fields. */
    public void refresh() {
        binder.refresh();
        refreshers.forEach(Runnable::run);
        validate();
    }

    public Diagnostic validate() {
        lastDiagnostic = Diagnostician.INSTANCE.validate(theCase,
                LibraryValidation.context(Diagnostician.INSTANCE, CoprodPreferences.severities(), false));
        binder.showDiagnostics(lastDiagnostic);
        return lastDiagnostic;
    }

    public Diagnostic lastDiagnostic() {
        return lastDiagnostic;
    }

    /** A table of one of the case's containments, redrawn with the form and feeding the Properties view. */
    public ContainmentTable table(Composite parent, String title, String description,
            Supplier<EObject> owner, EReference ref, String... columns) {
        ContainmentTable t = new ContainmentTable(parent, toolkit, title, description, domain(), owner, ref, columns);
        onRefresh(t::refresh);
        tables.add(t);
        t.onSelect(this::select);
        return t;
    }

    /** Puts the focus on the table of a containment (a missing list: codings, notes...) under {@code within}. */
    public boolean revealList(EStructuralFeature feature, Control within) {
        for (ContainmentTable t : tables) {
            if (t.containment() == feature && !t.viewer().getControl().isDisposed() && CaseEditor.isAncestor(within, t.viewer()
                    .getControl())) {
                t.viewer().getControl().setFocus();
                return true;
            }
        }
        return false;
    }

    /** Selects an object's row in a table under {@code within}; false if no table there lists it. */
    public boolean reveal(EObject o, Control within) {
        for (ContainmentTable t : tables) {
            if (!t.viewer().getControl().isDisposed() && CaseEditor.isAncestor(within, t.viewer().getControl())) {
                for (EObject x = o; x != null; x = x.eContainer()) {
                    if (t.viewer().testFindItem(x) != null) {
                        t.viewer().setSelection(new StructuredSelection(x), true);
                        t.viewer().getControl().setFocus();
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
