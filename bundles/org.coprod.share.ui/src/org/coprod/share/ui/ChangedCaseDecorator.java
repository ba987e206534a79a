package org.coprod.share.ui;

import org.coprod.ui.summary.CaseSummary;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;

/** Marks in the Library view the cases whose files changed since the last commit of a shared library. */
public final class ChangedCaseDecorator extends BaseLabelProvider implements ILightweightLabelDecorator {

    static final String MARK = "> ";

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (element instanceof CaseSummary s && ShareMarks.current().changedIds().contains(s.id())) {
            decoration.addPrefix(MARK);
        }
    }
}
