package org.coprod.ui;

import org.coprod.model.Case;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/** A list of cases to tick, each shown by its name and id, as the export wizards (brief, REFI-QDA) choose their cases. */
public final class CaseChecklist {

    private CaseChecklist() {
    }

    /** The list, filling its grid cell, at least {@code width} × {@code height} pixels; its input is a list of cases. */
    public static CheckboxTableViewer create(Composite parent, int width, int height) {
        CheckboxTableViewer list = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        data.widthHint = width;
        list.getTable().setLayoutData(data);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Case c = (Case) element;
                return c.getName() + "  [" + c.getId() + "]";
            }
        });
        return list;
    }
}
