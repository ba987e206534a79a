package org.coprod.ui.retrieval;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/**
 * Lays a view's two parts side by side when the view is wide (a bottom folder, a maximised view) and one above the
 * other when it is tall (beside the editor), so that neither part is squeezed to a sliver wherever the view is put.
 * Stacked, the first part gets the height it asks for, up to most of the view.
 */
public final class SashOrientation {

    /** Wider than this many times its height, a view puts its parts side by side. */
    private static final double WIDE = 1.4;
    /** The most of the height the first part takes when stacked, in percent. */
    private static final int MOST = 60;

    private SashOrientation() {
    }

    /** Makes the sash follow its size, with these weights when side by side. */
    public static void follow(SashForm sash, int[] sideBySide) {
        sash.addListener(SWT.Resize, e -> {
            Rectangle r = sash.getClientArea();
            if (r.width <= 0 || r.height <= 0) {
                return;
            }
            int wanted = r.width > WIDE * r.height ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != wanted) {
                sash.setOrientation(wanted);
                if (wanted == SWT.HORIZONTAL) {
                    sash.setWeights(sideBySide);
                } else {
                    Control first = sash.getChildren()[0];
                    int asked = first.computeSize(r.width, SWT.DEFAULT).y;
                    int top = Math.max(1, Math.min(asked, r.height * MOST / 100));
                    sash.setWeights(top, Math.max(1, r.height - top));
                }
            }
        });
    }
}
