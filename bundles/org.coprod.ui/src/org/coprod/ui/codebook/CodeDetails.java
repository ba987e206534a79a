package org.coprod.ui.codebook;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.coprod.core.Labels;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Memo;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.editor.FieldBinder;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The selected code's definition and memos, below the tree. Typing goes to the model as it is typed, one undoable
 * command per burst (as in the case editor's fields), so nothing typed is lost when the library is saved or closed.
 * A new memo is the current coder's, dated now.
 */
public final class CodeDetails {

    private final WorkbenchSession session;
    private final CodebookQuestions ask;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite body;
    private final FieldBinder binder;
    private final Label heading;
    private final Label meaning;
    private final FieldBinder.Binding definition;
    private final TableViewer memos;
    private final FieldBinder.Binding memoText;
    private final Button add;
    private Button remove;
    private Code code;
    private Memo memo;

    public CodeDetails(Composite parent, WorkbenchSession session, CodebookQuestions ask) {
        this.session = session;
        this.ask = ask;
        toolkit = new FormToolkit(parent.getDisplay());
        // Scrolled: the view is often short, under the Library; one column, each label above its field, as it is narrow.
        form = toolkit.createScrolledForm(parent);
        form.addDisposeListener(e -> toolkit.dispose());
        body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        binder = new FieldBinder(session.editingDomain(), toolkit);
        heading = toolkit.createLabel(body, "", SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setLayoutData(wrapping());
        meaning = toolkit.createLabel(body, "", SWT.WRAP);
        meaning.setLayoutData(wrapping());
        definition = binder.field(body, Messages.CodeDetails_definition, () -> code, Literals.CODE__DEFINITION, null, true);
        ((GridData) definition.control().getLayoutData()).heightHint = 60;
        Label memosLabel = toolkit.createLabel(body, Messages.CodeDetails_memos);
        memosLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite list = toolkit.createComposite(body);
        list.setLayout(new GridLayout(2, false));
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        memos = new TableViewer(toolkit.createTable(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE));
        memos.getTable().setHeaderVisible(true);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
        table.heightHint = 60;
        table.widthHint = 200;
        memos.getTable().setLayoutData(table);
        memos.setContentProvider(ArrayContentProvider.getInstance());
        memoColumn(Messages.CodeDetails_date, 85, m -> m.getDate() == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(m.getDate()));
        memoColumn(Messages.CodeDetails_by, 110, m -> m.getAuthor() == null ? "" : String.valueOf(m.getAuthor().getName()));
        memoColumn(Messages.CodeDetails_memo, 260, m -> m.getText() == null ? "" : m.getText().lines().findFirst().orElse(""));
        memos.addSelectionChangedListener(e -> {
            Memo chosen = e.getStructuredSelection().getFirstElement() instanceof Memo m ? m : null;
            // Redrawing the list after each keystroke selects the same memo again: that must not end the burst of typing.
            if (chosen != memo) {
                memo = chosen;
                binder.endTyping();
                binder.refresh();
            }
            remove.setEnabled(memo != null);
        });
        Composite buttons = toolkit.createComposite(list);
        buttons.setLayout(new GridLayout(1, false));
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        add = toolkit.createButton(buttons, Messages.CodeDetails_addMemo, SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> addMemo());
        remove = toolkit.createButton(buttons, Messages.CodeDetails_remove, SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, e -> removeMemo());
        memoText = binder.field(body, Messages.CodeDetails_memoText, () -> memo, Literals.MEMO__TEXT, null, true);
        ((GridData) memoText.control().getLayoutData()).heightHint = 60;
        show(null);
    }

    /** A wrapping label takes the width it is given and never widens the pane. */
    private static GridData wrapping() {
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 100;
        return gd;
    }

    private void memoColumn(String title, int width, Function<Memo, String> text) {
        TableViewerColumn c = new TableViewerColumn(memos, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Memo) element);
            }
        });
    }

    public Composite control() {
        return form;
    }

    /** Shows a code's definition and memos (null: none selected). */
    public void show(Code shown) {
        if (shown != code) {
            binder.endTyping();
            memo = shown == null || shown.getMemos().isEmpty() ? null : shown.getMemos().get(0);
        }
        code = shown;
        refresh();
    }

    /** Shows the model again (after any command, undo or redo). */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        if (code != null && code.eContainer() == null) {
            code = null; // deleted or merged away (an undo brings it back into the tree, to be selected again)
        }
        if (memo != null && (code == null || !code.getMemos().contains(memo))) {
            memo = null;
        }
        heading.setText(code == null ? Messages.CodeDetails_selectACodeTo : CodeNames.path(code));
        meaning.setText(meaningOf(code));
        List<Memo> shownMemos = code == null ? List.of() : List.copyOf(code.getMemos());
        if (!shownMemos.equals(memos.getInput())) {
            memos.setInput(shownMemos);
        } else {
            memos.refresh(); // a memo's text changed: its first line shows in the list
        }
        memos.setSelection(memo == null ? StructuredSelection.EMPTY : new StructuredSelection(memo));
        binder.refresh();
        add.setEnabled(code != null);
        remove.setEnabled(memo != null);
        if (code != null) {
            binder.showDiagnostics(Diagnostician.INSTANCE.validate(code, LibraryValidation.context(Diagnostician.INSTANCE,
                    CoprodPreferences.severities(), false)));
        }
        form.reflow(true);
    }

    /** What a code stands for, in words; empty for a researcher's own code. */
    String meaningOf(Code code) {
        if (code == null || !BuiltInCodes.isBuiltIn(code)) {
            return code != null && !code.isCodable() ? Messages.CodeDetails_aGroupCodePassages : "";
        }
        String kept = Messages.CodeDetails_kept;
        return switch (BuiltInCodes.meaning(session.library().root(), code).orElse(null)) {
            case CellMeaning cell -> NLS.bind(cell.cell().isApplicable() ? Messages.CodeDetails_cell
                    : Messages.CodeDetails_cellNotApplicable, cell.cell().getCode()) + kept;
            case ValueMeaning value -> NLS.bind(Messages.CodeDetails_value, value.dimension().name().toLowerCase(Locale.ROOT),
                    Labels.shown((Enumerator) value.value())) + kept;
            case null -> Messages.CodeDetails_group + kept;
        };
    }

    /** Adds an empty memo by the current coder to the code, and puts the cursor in its text; null if none was added. */
    public Memo addMemo() {
        if (code == null) {
            return null;
        }
        CaseLibrary library = session.library().root();
        Optional<Coder> coder = CurrentCoder.in(library);
        if (coder.isEmpty()) {
            ask.refused(Messages.CodeDetails_addMemo, Messages.CodeDetails_aMemoRecordsWho);
            return null;
        }
        Memo made = PassageCoding.memo("", coder.get(), new Date());
        CompoundCommand command = new CompoundCommand(Messages.CodeDetails_addMemo2);
        if (!library.getCoders().contains(coder.get())) {
            command.append(new AddCommand(session.editingDomain(), library, Literals.CASE_LIBRARY__CODERS, coder.get()));
        }
        command.append(new AddCommand(session.editingDomain(), code, Literals.CODE__MEMOS, made));
        if (!session.execute(command)) {
            return null;
        }
        memo = made;
        refresh();
        memoText.control().setFocus();
        return made;
    }

    private void removeMemo() {
        if (code != null && memo != null) {
            session.execute(RemoveCommand.create(session.editingDomain(), code, Literals.CODE__MEMOS, memo));
        }
    }

    public FieldBinder.Binding definition() {
        return definition;
    }

    public FieldBinder.Binding memoText() {
        return memoText;
    }

    public TableViewer memos() {
        return memos;
    }
}
