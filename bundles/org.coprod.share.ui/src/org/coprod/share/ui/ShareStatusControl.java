package org.coprod.share.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/** The status line's note on the open library's sharing: uncommitted cases, ahead/behind the remote. */
public final class ShareStatusControl extends WorkbenchWindowControlContribution {

    private Label label;
    private final Runnable update = this::show;

    @Override
    protected Control createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        ShareMarks.listen(update);
        show();
        return label;
    }

    private void show() {
        if (label != null && !label.isDisposed()) {
            label.setText(ShareMarks.statusText(ShareMarks.current()));
            label.getParent().layout(true, true);
        }
    }

    @Override
    public void dispose() {
        ShareMarks.unlisten(update);
        super.dispose();
    }
}
