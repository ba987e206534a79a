package org.coprod.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.coprod.core.Labels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * Shows a model object in the Properties view through its generated item property descriptors (the role of EMF.Edit
 * UI's PropertySource). Writes go through the descriptors, that is through SetCommands on the editing domain, so they
 * are undoable like every other edit.
 */
public final class EmfPropertySource implements IPropertySource {

    private final EObject object;
    private final AdapterFactoryItemDelegator delegator;

    public EmfPropertySource(EObject object, AdapterFactoryItemDelegator delegator) {
        this.object = object;
        this.delegator = delegator;
    }

    /** A provider for property sheet pages: every model object gets its descriptors. */
    public static IPropertySourceProvider provider(AdapterFactoryItemDelegator delegator) {
        return o -> o instanceof EObject eo ? new EmfPropertySource(eo, delegator) : null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : delegator.getPropertyDescriptors(object)) {
            String id = d.getId(object);
            // the feature's label as the editor's forms show it ("Period start"), not the item provider's "Period Start"
            String label = d.getFeature(object) instanceof EStructuralFeature f ? Labels.shown(f) : d.getDisplayName(object);
            boolean editable = d.canSetProperty(object) && !d.isMany(object);
            Collection<?> choices = editable ? d.getChoiceOfValues(object) : null;
            IItemLabelProvider itemLabels = d.getLabelProvider(object);
            PropertyDescriptor pd;
            if (!editable) {
                pd = new PropertyDescriptor(id, label);
            } else if (choices != null) {
                pd = new ComboBoxPropertyDescriptor(id, label, choices.stream()
                        .map(c -> c == null ? "" : c instanceof Enumerator e ? Labels.shown(e) : itemLabels.getText(c))
                        .toArray(String[]::new));
            } else {
                pd = new TextPropertyDescriptor(id, label);
            }
            if (!(pd instanceof ComboBoxPropertyDescriptor)) {
                pd.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object v) {
                        return v instanceof String s ? s : v instanceof Enumerator e ? Labels.shown(e) : itemLabels.getText(v);
                    }
                });
            }
            pd.setCategory(d.getCategory(object));
            pd.setDescription(d.getDescription(object));
            out.add(pd);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return delegator.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        Object v = d.getPropertyValue(object);
        if (v instanceof IItemPropertySource ps) {
            v = ps.getEditableValue(object);
        }
        boolean editable = d.canSetProperty(object) && !d.isMany(object);
        Collection<?> choices = editable ? d.getChoiceOfValues(object) : null;
        if (choices != null) {
            return new ArrayList<>(choices).indexOf(v);
        }
        if (editable) {
            return v == null ? "" : v.toString();
        }
        return d.getLabelProvider(object).getText(v);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        Collection<?> choices = d.getChoiceOfValues(object);
        Object newValue = choices != null && value instanceof Integer i ? i < 0 ? null : new ArrayList<>(choices).get(i) : value;
        Object old = d.getPropertyValue(object);
        if (old instanceof IItemPropertySource ps) {
            old = ps.getEditableValue(object);
        }
        if (newValue instanceof String s && !(old instanceof String) && old != null) {
            newValue = AttributeValues.parse(object, d.getFeature(object), s);
        }
        if (!Objects.equals(old, newValue)) {
            d.setPropertyValue(object, newValue);
        }
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }
}
