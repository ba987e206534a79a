package org.coprod.ui.editor;

import java.util.function.BiFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.coprod.model.CaseLibrary;
import org.coprod.ui.emf.AttributeValues;
import org.coprod.ui.emf.LibraryCommandStack;
import org.coprod.ui.emf.TypedText;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Binds form controls to attributes of model objects: every change the user makes becomes a {@link SetCommand} on the
 * editing domain (so it is undoable), and {@link #refresh()} shows the model again after any command, undo or redo.
 * Problems show at the field: text that cannot be parsed, and the validator's diagnostics for that attribute.
 */
public final class FieldBinder {

    /** One control bound to one attribute of an object that may not exist yet (then the first edit creates it). */
    public final class Binding {
        final Control control;
        final Supplier<EObject> owner;
        final EAttribute attribute;
        final Creator creator;
        final ControlDecoration decoration;
        String parseError;
        /** The problem the field's decoration shows, or null. */
        String shownProblem;
        /** What else typing changes, in the same command (a note's coded passages follow its text), or null. */
        BiFunction<EObject, Object, Command> followUp;

        Binding(Control control, Supplier<EObject> owner, EAttribute attribute, Creator creator) {
            this.control = control;
            this.owner = owner;
            this.attribute = attribute;
            this.creator = creator;
            decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
            decoration.hide();
        }

        public Control control() {
            return control;
        }

        public EAttribute attribute() {
            return attribute;
        }

        public EObject owner() {
            return owner.get();
        }

        /** Makes every edit typed here also run {@code followUp(owner, new value)} (when not null), as part of the same command. */
        public Binding followedBy(BiFunction<EObject, Object, Command> then) {
            this.followUp = then;
            return this;
        }
    }

    /** Creates the missing owner of a field (a case's political profile) as part of the first edit. */
    public record Creator(EObject container, EReference reference) {
        EObject create() {
            return EcoreUtil.create(reference.getEReferenceType());
        }
    }

    private static final String BORDERS = "org.coprod.ui.bordersPainted";
    private final EditingDomain domain;
    private final FormToolkit toolkit;
    private final List<Binding> bindings = new ArrayList<>();
    private boolean refreshing;
    /** The command the current burst of typing amends, or null. */
    private TypedText typing;

    public FieldBinder(EditingDomain domain, FormToolkit toolkit) {
        this.domain = domain;
        this.toolkit = toolkit;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** A label and a bound field for the attribute, in a two-column grid. */
    public Binding field(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute) {
        return field(parent, label, owner, attribute, null, false);
    }

    public Binding field(Composite parent, String label, Supplier<EObject> owner, EAttribute attribute, Creator creator,
            boolean multiLine) {
        if (parent.getData(BORDERS) == null) {
            // Forms draw text borders themselves on GTK; without this the fields are invisible until focused.
            toolkit.paintBordersFor(parent);
            parent.setData(BORDERS, Boolean.TRUE);
        }
        Label l = toolkit.createLabel(parent, label);
        l.setLayoutData(new GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false, false));
        Binding b;
        if (attribute.getEType() instanceof EEnum en && !attribute.isMany()) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo);
            List<String> items = new ArrayList<>();
            items.add("");
            en.getELiterals().forEach(lit -> items.add(lit.getLiteral()));
            combo.setItems(items.toArray(String[]::new));
            GridData cd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            cd.widthHint = 80; // as the text fields: the longest value must not widen the form past the editor
            combo.setLayoutData(cd);
            b = new Binding(combo, owner, attribute, creator);
            Binding bound = b;
            combo.addListener(SWT.Selection, e -> commit(bound));
        } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class
                || attribute.getEAttributeType().getInstanceClass() == Boolean.class) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            b = new Binding(check, owner, attribute, creator);
            Binding bound = b;
            check.addListener(SWT.Selection, e -> commit(bound));
        } else {
            Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            GridData gd = new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, false);
            if (multiLine) {
                gd.heightHint = 90;
            }
            // A small hint: the field still fills its column, but long values never widen the form past the editor
            // (which would scroll it sideways and hide the labels' first letters).
            gd.widthHint = multiLine ? 200 : 80;
            text.setLayoutData(gd);
            b = new Binding(text, owner, attribute, creator);
            Binding bound = b;
            // Every keystroke reaches the model at once (so Save, Exit and the dirty star see it); the typing of one
            // burst is one command that grows (LibraryCommandStack.amend), and leaving the field ends the burst.
            text.addListener(SWT.Modify, e -> commit(bound));
            text.addListener(SWT.FocusOut, e -> endTyping());
            if (!multiLine) {
                text.addListener(SWT.DefaultSelection, e -> endTyping());
            }
            if (attribute.isMany()) {
                text.setToolTipText("Several values, separated by commas");
            }
        }
        bindings.add(b);
        show(b);
        return b;
    }

    /** Applies what the control shows to the model, as one command; nothing happens if the value is unchanged. */
    public void commit(Binding b) {
        if (refreshing || b.control.isDisposed()) {
            return;
        }
        Object value;
        boolean hadParseError = b.parseError != null;
        try {
            value = valueOf(b);
            b.parseError = null;
        } catch (IllegalArgumentException e) {
            b.parseError = e.getMessage();
            decorate(b, b.parseError, true);
            return;
        }
        EObject owner = b.owner.get();
        if (owner != null && !(EcoreUtil.getRootContainer(owner) instanceof CaseLibrary)) {
            // The object left the library (its case was deleted or its creation undone): never edit it.
            decorate(b, "This is no longer in the library; the change was not applied", true);
            return;
        }
        Command command;
        if (owner == null) {
            if (b.creator == null || value == null || value instanceof Collection<?> c && c.isEmpty()) {
                return;
            }
            EObject created = b.creator.create();
            CompoundCommand create = new CompoundCommand("Set " + label(b.attribute));
            create.append(SetCommand.create(domain, b.creator.container(), b.creator.reference(), created));
            create.append(new SetCommand(domain, created, b.attribute, value));
            command = create;
        } else {
            Object old = owner.eGet(b.attribute);
            if (b.attribute.isMany() ? new ArrayList<>((Collection<?>) old).equals(value) : Objects.equals(old, value)) {
                if (hadParseError) {
                    decorate(b, null, false); // the text is readable again; the validator's marks stay as they were
                }
                return;
            }
            if (b.control instanceof Text) {
                if (typing != null && typing.owner() == owner && typing.feature() == b.attribute
                        && domain.getCommandStack() instanceof LibraryCommandStack stack && stack.canAmend(typing)) {
                    stack.amend(typing, value);
                    return;
                }
                EObject typedInto = owner;
                command = typing = new TypedText("Set " + label(b.attribute), owner, b.attribute, value,
                        b.followUp == null ? null : v -> b.followUp.apply(typedInto, v));
            } else {
                command = SetCommand.create(domain, owner, b.attribute, value == null && !b.attribute.isMany() ? SetCommand.UNSET_VALUE
                        : value);
            }
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The next keystroke starts a new command: the user left the field or confirmed it. */
    public void endTyping() {
        typing = null;
    }

    private Object valueOf(Binding b) {
        EAttribute a = b.attribute;
        if (b.control instanceof Combo combo) {
            String literal = combo.getText();
            return literal.isEmpty() ? null : AttributeValues.parse(b.owner.get(), a, literal);
        }
        if (b.control instanceof Button check) {
            return check.getSelection();
        }
        String text = ((Text) b.control).getText();
        if (a.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String part : text.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                // enumeration values too: AttributeValues parses them by the importer's rule (core's EnumText)
                values.add(AttributeValues.parse(b.owner.get(), a, p));
            }
            return values;
        }
        return AttributeValues.parse(b.owner.get(), a, text);
    }

    /** Whether the text being typed already means the model's value (then it is left as typed, caret and all). */
    private boolean showsValue(Binding b, Object value) {
        try {
            Object typed = valueOf(b);
            return b.attribute.isMany() ? new ArrayList<>(value == null ? List.of() : (Collection<?>) value).equals(typed)
                    : Objects.equals(typed, value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Shows the model's values in every bound control (after a command, undo or redo). */
    public void refresh() {
        refreshing = true;
        try {
            bindings.removeIf(b -> b.control.isDisposed());
            bindings.forEach(this::show);
        } finally {
            refreshing = false;
        }
    }

    private void show(Binding b) {
        EObject owner = b.owner.get();
        Object value = owner == null ? null : owner.eGet(b.attribute);
        boolean wasRefreshing = refreshing;
        refreshing = true;
        try {
            if (b.control instanceof Combo combo) {
                combo.setText(value instanceof Enumerator e ? e.getLiteral() : "");
            } else if (b.control instanceof Button check) {
                check.setSelection(Boolean.TRUE.equals(value));
            } else if (b.control instanceof Text text && !(text.isFocusControl() && (b.parseError != null || showsValue(b, value)))) {
                String shown = b.attribute.isMany() ? String.join(", ", ((Collection<?>) value == null ? List.of() : (Collection<?>) value)
                        .stream().map(v -> AttributeValues.format(b.attribute, v)).toList()) : AttributeValues.format(b.attribute, value);
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
                b.parseError = null;
            }
            b.control.setEnabled(owner != null || b.creator != null);
        } finally {
            refreshing = wasRefreshing;
        }
        if (b.parseError == null) {
            decorate(b, null, false);
        }
    }

    /** Shows the validator's problems at the fields they name; clears the others. */
    public void showDiagnostics(Diagnostic diagnostic) {
        for (Binding b : bindings) {
            if (b.control.isDisposed() || b.parseError != null) {
                continue;
            }
            String message = null;
            int severity = Diagnostic.OK;
            for (Diagnostic d : diagnostic.getChildren()) {
                List<?> data = d.getData();
                if (data.size() >= 2 && data.get(0) == b.owner.get() && data.get(1) == b.attribute && d.getSeverity() > severity) {
                    message = d.getMessage();
                    severity = d.getSeverity();
                }
            }
            decorate(b, message, severity >= Diagnostic.ERROR);
        }
    }

    /** The binding of a feature of an object, to put the cursor on it (Problems view double-click). */
    public Binding find(EObject owner, EStructuralFeature feature) {
        return bindings.stream().filter(b -> !b.control.isDisposed() && b.attribute == feature && (owner == null || b.owner.get() == owner))
                .findFirst().orElse(null);
    }

    /** Whether a field currently shows a problem (for tests and the Problems view). */
    public boolean decorationShown(Binding b) {
        return b.shownProblem != null;
    }

    private static void decorate(Binding b, String message, boolean error) {
        if (b.decoration.getControl() == null || b.decoration.getControl().isDisposed()) {
            return;
        }
        b.shownProblem = message;
        if (message == null) {
            b.decoration.hide();
            return;
        }
        String id = error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
        b.decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
        b.decoration.setDescriptionText(message);
        b.decoration.show();
    }

    /** A readable name for a feature: {@code periodStart} becomes "Period start". */
    public static String label(EStructuralFeature f) {
        String n = f.getName();
        StringBuilder sb = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    static List<String> literals(EEnum en) {
        return Arrays.asList(en.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
    }
}
