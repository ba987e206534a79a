package org.coprod.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Text typed into one field of one object: a command that the field amends with every keystroke while the user keeps
 * typing (see {@link LibraryCommandStack#amend}), so Undo takes back the whole burst, as in a text editor.
 */
public final class TypedText extends AbstractCommand {

    private final EObject owner;
    private final EStructuralFeature feature;
    private Object newValue;
    private Object oldValue;
    private boolean wasSet;

    public TypedText(String label, EObject owner, EStructuralFeature feature, Object value) {
        super(label);
        this.owner = owner;
        this.feature = feature;
        this.newValue = value;
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
    }

    @Override
    public void undo() {
        if (wasSet) {
            apply(oldValue);
        } else {
            owner.eUnset(feature);
        }
    }

    @Override
    public void redo() {
        apply(newValue);
    }

    void amend(Object value) {
        newValue = value;
        apply(value);
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
