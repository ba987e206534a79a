package org.coprod.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Text typed into one field of one object: a command that the field amends with every keystroke while the user keeps
 * typing (see {@link LibraryCommandStack#amend}), so Undo takes back the whole burst, as in a text editor. A follow-up
 * (keeping a note's coded passages on their text) is made again for each new value and is part of the same command.
 */
public final class TypedText extends AbstractCommand {

    private final EObject owner;
    private final EStructuralFeature feature;
    private Object newValue;
    private Object oldValue;
    private boolean wasSet;
    private final Function<Object, Command> followUp;
    /** The follow-up made for the current value, as executed; null when it had nothing to do. */
    private Command follow;

    public TypedText(String label, EObject owner, EStructuralFeature feature, Object value) {
        this(label, owner, feature, value, null);
    }

    /** @param followUp what else to change once the value is set (null, or a function returning null: nothing) */
    public TypedText(String label, EObject owner, EStructuralFeature feature, Object value, Function<Object, Command> followUp) {
        super(label);
        this.owner = owner;
        this.feature = feature;
        this.newValue = value;
        this.followUp = followUp;
    }

    public EObject owner() {
        return owner;
    }

    public EStructuralFeature feature() {
        return feature;
    }

    @Override
    protected boolean prepare() {
        return owner.eClass().getEAllStructuralFeatures().contains(feature) && feature.isChangeable();
    }

    @Override
    public void execute() {
        wasSet = owner.eIsSet(feature);
        oldValue = feature.isMany() ? new ArrayList<>((Collection<?>) owner.eGet(feature)) : owner.eGet(feature);
        apply(newValue);
        followUp();
    }

    @Override
    public void undo() {
        if (follow != null) {
            follow.undo();
        }
        if (wasSet) {
            apply(oldValue);
        } else {
            owner.eUnset(feature);
        }
    }

    @Override
    public void redo() {
        apply(newValue);
        if (follow != null) {
            follow.redo();
        }
    }

    void amend(Object value) {
        // The follow-up is made afresh from the state before the burst, not stacked on the one for the previous keystroke.
        if (follow != null) {
            follow.undo();
            follow = null;
        }
        newValue = value;
        apply(value);
        followUp();
    }

    private void followUp() {
        Command c = followUp == null ? null : followUp.apply(newValue);
        if (c != null && c.canExecute()) {
            c.execute();
            follow = c;
        } else {
            follow = null;
        }
    }

    @SuppressWarnings("unchecked")
    private void apply(Object value) {
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) owner.eGet(feature);
            list.clear();
            if (value != null) {
                list.addAll((Collection<?>) value);
            }
        } else if (value == null) {
            owner.eUnset(feature);
        } else {
            owner.eSet(feature, value);
        }
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(owner);
    }

    @Override
    public Collection<?> getResult() {
        return List.of(owner);
    }
}
