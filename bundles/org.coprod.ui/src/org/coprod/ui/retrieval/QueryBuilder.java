package org.coprod.ui.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coprod.core.evidence.CodeQuery;
import org.coprod.core.evidence.Retrieval.Scope;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.ui.codebook.CodeDrag;
import org.coprod.ui.codebook.CodeNames;
import org.coprod.ui.codebook.Swatches;
import org.coprod.ui.retrieval.QueryTerm.Role;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The codes a retrieval asks for, each with its role (must have, any of, must not have), and where they must meet:
 * in the same passage or anywhere in the same case. Codes are added from a list of the codebook's codes, or by
 * dropping them from the Codebook view.
 */
public final class QueryBuilder {

    private final TableViewer terms;
    private final Combo code;
    private final Combo role;
    private final Button samePassage;
    private final Button sameCase;
    private final Runnable changed;
    private final Swatches swatches;
    private final List<QueryTerm> list = new ArrayList<>();
    private List<Code> codable = List.of();
    private Codebook book;

    public QueryBuilder(Composite parent, Runnable changed) {
        this.changed = changed;
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        terms = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        terms.getTable().setHeaderVisible(true);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        table.heightHint = 70;
        terms.getTable().setLayoutData(table);
        terms.setContentProvider(ArrayContentProvider.getInstance());
        swatches = new Swatches(terms.getControl());
        TableViewerColumn codeColumn = new TableViewerColumn(terms, SWT.LEFT);
        codeColumn.getColumn().setText(Messages.QueryBuilder_code);
        codeColumn.getColumn().setWidth(190);
        codeColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return CodeNames.of(((QueryTerm) element).code());
            }

            @Override
            public Image getImage(Object element) {
                return swatches.of(((QueryTerm) element).code().getColour());
            }
        });
        TableViewerColumn roleColumn = new TableViewerColumn(terms, SWT.LEFT);
        roleColumn.getColumn().setText(Messages.QueryBuilder_passages);
        roleColumn.getColumn().setWidth(120);
        roleColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((QueryTerm) element).role().label();
            }
        });
        roleColumn.setEditingSupport(new RoleEditing());
        terms.setInput(list);
        code = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData codeData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        codeData.widthHint = 120; // the longest code name must not widen the view
        code.setLayoutData(codeData);
        role = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        role.setItems(Arrays.stream(Role.values()).map(Role::label).toArray(String[]::new));
        role.select(0);
        role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = new Button(body, SWT.PUSH);
        add.setText(Messages.QueryBuilder_add);
        add.addListener(SWT.Selection, e -> {
            int i = code.getSelectionIndex();
            if (i >= 0 && i < codable.size()) {
                add(codable.get(i), Role.values()[Math.max(0, role.getSelectionIndex())]);
            }
        });
        Button remove = new Button(body, SWT.PUSH);
        remove.setText(Messages.QueryBuilder_remove);
        remove.addListener(SWT.Selection, e -> remove(terms.getStructuredSelection().toList()));
        terms.getTable().addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.DEL || e.keyCode == SWT.BS) {
                remove(terms.getStructuredSelection().toList());
            }
        });
        Composite scope = new Composite(body, SWT.NONE);
        scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout row = new GridLayout(3, false);
        row.marginWidth = 0;
        scope.setLayout(row);
        new Label(scope, SWT.NONE).setText(Messages.QueryBuilder_withinTheSame);
        samePassage = new Button(scope, SWT.RADIO);
        samePassage.setText("passage");
        samePassage.setToolTipText(Messages.QueryBuilder_aPassageMustCarry);
        samePassage.setSelection(true);
        sameCase = new Button(scope, SWT.RADIO);
        sameCase.setText("case");
        sameCase.setToolTipText(Messages.QueryBuilder_theCaseMustHave);
        samePassage.addListener(SWT.Selection, e -> {
            if (samePassage.getSelection()) {
                changed.run();
            }
        });
        sameCase.addListener(SWT.Selection, e -> {
            if (sameCase.getSelection()) {
                changed.run();
            }
        });
        acceptDrops();
    }

    private void acceptDrops() {
        DropTarget target = new DropTarget(terms.getControl(), DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                CodeDrag.code(book, event.data).ifPresent(c -> add(c, Role.ALL));
            }
        });
    }

    /** Offers the codable codes of a codebook, and drops the terms whose codes left it. */
    public void offer(Codebook codebook) {
        book = codebook;
        Code kept = code.getSelectionIndex() < 0 || code.getSelectionIndex() >= codable.size() ? null : codable.get(code
                .getSelectionIndex());
        codable = codebook == null ? List.of() : CodeNames.ordered(codebook.getCodes().stream().filter(Code::isCodable).toList());
        code.setItems(codable.stream().map(CodeNames::choice).toArray(String[]::new));
        if (codable.contains(kept)) {
            code.select(codable.indexOf(kept));
        }
        if (list.removeIf(t -> !codable.contains(t.code()))) {
            terms.refresh();
        }
    }

    /** Adds a code with a role (a code already there takes the new role). */
    public void add(Code c, Role r) {
        list.removeIf(t -> t.code() == c);
        list.add(new QueryTerm(c, r));
        terms.refresh();
        changed.run();
    }

    public void remove(List<?> removed) {
        if (list.removeAll(removed)) {
            terms.refresh();
            changed.run();
        }
    }

    public void clear() {
        list.clear();
        terms.refresh();
    }

    public List<QueryTerm> terms() {
        return List.copyOf(list);
    }

    /** The query of the terms; null when there are none. */
    public CodeQuery query() {
        return QueryTerm.query(list);
    }

    public Scope scope() {
        return sameCase.getSelection() ? Scope.CASE : Scope.SEGMENT;
    }

    /** Chooses where the codes must meet, as the radio buttons do. */
    public void scope(Scope s) {
        sameCase.setSelection(s == Scope.CASE);
        samePassage.setSelection(s == Scope.SEGMENT);
        changed.run();
    }

    /** The role column: a choice of the three roles, in place. */
    private final class RoleEditing extends EditingSupport {
        RoleEditing() {
            super(terms);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(terms.getTable(), Arrays.stream(Role.values()).map(Role::label).toArray(String[]::new),
                    SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((QueryTerm) element).role().ordinal();
        }

        @Override
        protected void setValue(Object element, Object value) {
            int i = value instanceof Integer n ? n : -1;
            QueryTerm t = (QueryTerm) element;
            if (i >= 0 && i < Role.values().length && Role.values()[i] != t.role()) {
                list.set(list.indexOf(t), new QueryTerm(t.code(), Role.values()[i]));
                terms.refresh();
                changed.run();
            }
        }
    }
}
