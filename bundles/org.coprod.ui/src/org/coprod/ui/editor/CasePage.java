package org.coprod.ui.editor;

import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** One page of the case editor; its content comes from a page builder that also works outside the editor. */
final class CasePage extends FormPage {

    private final CaseForm form;
    private final BiConsumer<Composite, CaseForm> content;

    CasePage(CaseEditor editor, String id, String title, CaseForm form, BiConsumer<Composite, CaseForm> content) {
        super(editor, id, title);
        this.form = form;
        this.content = content;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm scrolled = managedForm.getForm();
        scrolled.setText(getTitle() + ": " + Names.of(form.theCase()));
        managedForm.getToolkit().decorateFormHeading(scrolled.getForm());
        content.accept(scrolled.getBody(), form);
        // The heading follows the case's name (a rename shows at once, and goes back on undo).
        form.onRefresh(() -> {
            if (!scrolled.isDisposed()) {
                scrolled.setText(getTitle() + ": " + Names.of(form.theCase()));
            }
        });
        form.refresh();
        scrolled.reflow(true);
    }
}
