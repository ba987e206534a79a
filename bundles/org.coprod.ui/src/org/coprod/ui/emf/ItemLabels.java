package org.coprod.ui.emf;

import java.util.Collection;

import org.coprod.core.Labels;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Labels and children of model objects as the generated item providers give them: the small part of EMF.Edit's UI layer
 * (AdapterFactoryLabelProvider/ContentProvider, not on Maven Central) that this workbench needs, in one place.
 */
public final class ItemLabels extends LabelProvider implements ITreeContentProvider {

    private final AdapterFactoryItemDelegator delegator;

    public ItemLabels(AdapterFactory adapterFactory) {
        this.delegator = new AdapterFactoryItemDelegator(adapterFactory);
    }

    public AdapterFactoryItemDelegator delegator() {
        return delegator;
    }

    @Override
    public String getText(Object element) {
        if (element == null) {
            return "";
        }
        if (element instanceof Enumerator e) {
            return Labels.shown(e);
        }
        if (element instanceof String s) {
            return s;
        }
        String text = delegator.getText(element);
        return text == null ? "" : text;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        Collection<?> children = delegator.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return delegator.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        return !delegator.getChildren(element).isEmpty();
    }
}
