package org.coprod.ui.documents;

import java.util.List;

import org.coprod.model.Code;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The names of the margin's lanes, left to right, each beside a chip of its code's colour: a stripe along a one-line
 * passage is too short to carry its code's name, so the legend above the text always does.
 */
final class LaneLegend {

    private static final int CHIP = 10;
    private static final int GAP = 14;
    private final Canvas canvas;
    private List<Code> lanes = List.of();

    LaneLegend(Composite parent) {
        canvas = new Canvas(parent, SWT.NONE);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 100; // what the legend shows is cut at the pane's width, never widens it
        gd.heightHint = 0;
        gd.exclude = true; // until there is a lane to name
        canvas.setLayoutData(gd);
        canvas.setVisible(false);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    /** Shows these lanes; hides the legend when there are none. */
    void show(List<Code> codes) {
        if (codes.equals(lanes)) {
            return;
        }
        lanes = List.copyOf(codes);
        GC gc = new GC(canvas);
        int height;
        try {
            height = gc.getFontMetrics().getHeight() + 4;
        } finally {
            gc.dispose();
        }
        GridData gd = (GridData) canvas.getLayoutData();
        gd.heightHint = lanes.isEmpty() ? 0 : height;
        gd.exclude = lanes.isEmpty();
        canvas.setVisible(!lanes.isEmpty());
        canvas.setToolTipText(lanes.isEmpty() ? null : "Lanes of the margin, left to right: "
                + String.join(", ", lanes.stream().map(Code::getName).toList()));
        canvas.getParent().layout(true);
        canvas.redraw();
    }

    /** The names shown, in lane order (for tests). */
    List<String> names() {
        return lanes.stream().map(Code::getName).toList();
    }

    private void paint(GC gc) {
        int x = Stripes.PAD;
        int h = gc.getFontMetrics().getHeight();
        for (Code code : lanes) {
            gc.setBackground(new Color(CodeColours.of(code)));
            gc.fillRectangle(x, 2 + (h - CHIP) / 2, CHIP, CHIP);
            String name = code.getName() == null ? "" : code.getName();
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(name, x + CHIP + 4, 2, true);
            x += CHIP + 4 + gc.stringExtent(name).x + GAP;
        }
    }
}
