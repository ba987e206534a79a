package org.coprod.ui.editor;

import java.util.Objects;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.coprod.core.Cases;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage;
import org.coprod.ui.emf.AttributeValues;
import org.coprod.ui.emf.LibraryCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A section listing the objects a case holds in one containment (codings, roles, contributions...), editable in place
 * (text and enumeration columns, and references chosen from the case or the library), with Add and Remove buttons.
 * Every change is a command; the rest of an object's fields are in the Properties view when its row is selected.
 */
public final class ContainmentTable {

    private final EditingDomain domain;
    private final Supplier<EObject> owner;
    private final EReference containment;
    private final TableViewer viewer;

    public ContainmentTable(Composite parent, FormToolkit toolkit, String title, String description, EditingDomain domain,
            Supplier<EObject> owner, EReference containment, String... columns) {
        this.domain = domain;
        this.owner = owner;
        this.containment = containment;
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite body = toolkit.createComposite(section);
        body.setLayout(new GridLayout(2, false));
        section.setClient(body);
        Table table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 110;
        gd.widthHint = 200; // fills the section; never forces the form wider than the editor
        table.setLayoutData(gd);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        EClass type = containment.getEReferenceType();
        for (String name : columns) {
            EStructuralFeature f = type.getEStructuralFeature(name);
            if (f == null) {
                throw new IllegalArgumentException(type.getName() + " has no feature " + name);
            }
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(FieldBinder.label(f));
            column.getColumn().setWidth(f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class ? 180 : 110);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Object v = ((EObject) element).eGet(f);
                    return f instanceof EAttribute a && !f.isMany() ? AttributeValues.format(a, v) : Names.of(v);
                }
            });
            if (!f.isMany() && (f instanceof EAttribute || f instanceof EReference r && !r.isContainment())) {
                column.setEditingSupport(new FeatureEditing(f));
            }
        }
        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(1, false));
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> add());
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, e -> remove());
        if (domain.getCommandStack() instanceof LibraryCommandStack stack) {
            // A cell being edited gives its text to the model before any undo, redo or save, as its own command.
            Runnable unregister = stack.addPendingEdit(() -> {
                if (!table.isDisposed() && viewer.isCellEditorActive()) {
                    viewer.applyEditorValue();
                }
            });
            table.addDisposeListener(e -> unregister.run());
        }
        refresh();
    }

    public TableViewer viewer() {
        return viewer;
    }

    public EReference containment() {
        return containment;
    }

    /** Calls back with the selected object (for the Properties view). */
    public void onSelect(Consumer<Object> selected) {
        viewer.addSelectionChangedListener(e -> {
            Object first = e.getStructuredSelection().getFirstElement();
            if (first != null) {
                selected.accept(first);
            }
        });
    }

    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        EObject o = owner.get();
        viewer.setInput(o == null ? List.of() : new ArrayList<>((Collection<?>) o.eGet(containment)));
    }

    /** Adds a new, empty object (a new note gets its author, date and language from the preferences). */
    public EObject add() {
        EObject o = owner.get();
        if (o == null) {
            return null;
        }
        EObject created = EcoreUtil.create(containment.getEReferenceType());
        NewObjectDefaults.apply(created);
        Command c = AddCommand.create(domain, o, containment, created);
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
            viewer.setSelection(new StructuredSelection(created), true);
        }
        return created;
    }

    private void remove() {
        IStructuredSelection sel = viewer.getStructuredSelection();
        EObject o = owner.get();
        if (sel.isEmpty() || o == null) {
            return;
        }
        Command c = RemoveCommand.create(domain, o, containment, sel.toList());
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
        }
    }

    /** In-place editing of one column, through SetCommands. */
    private final class FeatureEditing extends EditingSupport {
        private final EStructuralFeature feature;

        FeatureEditing(EStructuralFeature feature) {
            super(viewer);
            this.feature = feature;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            List<?> choices = choices((EObject) element);
            if (choices != null) {
                return new ComboBoxCellEditor(viewer.getTable(), choices.stream().map(c -> c == null ? "" : Names.of(c))
                        .toArray(String[]::new),
                        SWT.READ_ONLY);
            }
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        private List<?> choices(EObject element) {
            if (feature.getEType() instanceof EEnum en) {
                List<Object> values = new ArrayList<>();
                values.add(null);
                en.getELiterals().stream().map(EEnumLiteral::getInstance).forEach(values::add);
                return values;
            }
            if (feature instanceof EReference r) {
                List<Object> values = new ArrayList<>();
                values.add(null);
                values.addAll(referenceChoices(element, r));
                return values;
            }
            return null;
        }

        @Override
        protected Object getValue(Object element) {
            Object v = ((EObject) element).eGet(feature);
            List<?> choices = choices((EObject) element);
            if (choices != null) {
                return Math.max(0, choices.indexOf(v));
            }
            return feature instanceof EAttribute a ? AttributeValues.format(a, v) : Names.of(v);
        }

        @Override
        protected void setValue(Object element, Object value) {
            EObject o = (EObject) element;
            if (!(EcoreUtil.getRootContainer(o) instanceof CaseLibrary)) {
                return; // its case left the library: never edit an object that is no longer there
            }
            Object newValue;
            List<?> choices = choices(o);
            if (choices != null) {
                int i = (Integer) value;
                if (i < 0) {
                    return;
                }
                newValue = choices.get(i);
            } else {
                try {
                    newValue = AttributeValues.parse(o, feature, (String) value);
                } catch (IllegalArgumentException e) {
                    MessageDialog.openError(viewer.getControl().getShell(), "Cannot change "
                            + FieldBinder.label(feature),
                            e.getMessage());
                    return;
                }
            }
            if (Objects.equals(o.eGet(feature), newValue)) {
                return;
            }
            Command c = SetCommand.create(domain, o, feature, newValue == null ? SetCommand.UNSET_VALUE : newValue);
            if (c.canExecute()) {
                domain.getCommandStack().execute(c);
            }
        }
    }

    /**
     * What a reference may point to: a case's own phases, the library's typology cells, actors, sources and evidence
     * (not every object of the type in ten thousand loaded cases, as the generic descriptors would offer).
     */
    public static List<?> referenceChoices(EObject element, EReference r) {
        Case c = Cases.containing(element);
        EClass t = r.getEReferenceType();
        CaseLibrary library = c != null && c.eContainer() instanceof CaseLibrary l ? l : null;
        if (t == CoprodPackage.Literals.PHASE) {
            return c == null ? List.of() : c.getPhases();
        }
        if (t == CoprodPackage.Literals.EVIDENCE) {
            return c == null ? List.of() : c.getEvidence();
        }
        if (library == null) {
            return List.of();
        }
        if (t == CoprodPackage.Literals.TYPOLOGY_CELL) {
            return library.getTypologies().stream().flatMap(ty -> ty.getCells().stream()).toList();
        }
        if (t == CoprodPackage.Literals.ACTOR) {
            return library.getActors();
        }
        if (t == CoprodPackage.Literals.SOURCE) {
            return library.getSources();
        }
        if (t == CoprodPackage.Literals.CASE) {
            return library.getCases();
        }
        return List.of();
    }
}
