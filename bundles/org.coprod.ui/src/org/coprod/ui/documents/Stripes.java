package org.coprod.ui.documents;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Code;
import org.coprod.ui.documents.CodedPassages.Passage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * The coding stripes in the left margin of a text, as in QualCoder or MAXQDA: one lane per code, a bar in the code's
 * colour beside each passage coded with it, and the code's name along the bar where it fits. Only the passages on the
 * lines in view are measured and drawn, so a long document with thousands of segments paints as fast as a short one.
 */
final class Stripes {

    /** A bar as drawn: the passage, the code whose lane it is in, and where it lies in the widget. */
    record Stripe(Passage passage, Code code, Rectangle bounds) {
    }

    static final int LANE = 20;
    static final int BAR = 4;
    static final int PAD = 4;

    private final StyledText text;

    Stripes(StyledText text) {
        this.text = text;
    }

    /** The margin the lanes need. */
    static int width(int lanes) {
        return lanes == 0 ? PAD : PAD + lanes * LANE + PAD;
    }

    /** The stripes of the passages on the lines in view. */
    List<Stripe> visible(CodedPassages passages) {
        List<Stripe> out = new ArrayList<>();
        int count = text.getCharCount();
        Rectangle area = text.getClientArea();
        if (count == 0 || passages.all().isEmpty() || area.height <= 0) {
            return out;
        }
        int top = text.getOffsetAtLine(text.getTopIndex());
        int lastLine = text.getLineIndex(area.height - 1);
        int bottom = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : count;
        for (Passage p : passages.overlapping(top, bottom)) {
            // A passage that starts above the view or ends below it runs off the edge; only ends in view are measured.
            int y0 = p.from() < top ? -1 : text.getTextBounds(p.from(), p.from()).y;
            int y1;
            if (p.to() > bottom) {
                y1 = area.height + 1;
            } else {
                Rectangle last = text.getTextBounds(Math.max(p.from(), p.to() - 1), Math.max(p.from(), p.to() - 1));
                y1 = last.y + last.height;
            }
            for (Code code : p.segment().getCodes()) {
                int lane = passages.lane(code);
                if (lane >= 0) {
                    out.add(new Stripe(p, code, new Rectangle(PAD + lane * LANE, y0, BAR, Math.max(2, y1 - y0))));
                }
            }
        }
        return out;
    }

    /** The stripe under a point of the margin (the topmost of several), or null. */
    Stripe at(CodedPassages passages, int x, int y) {
        Stripe found = null;
        for (Stripe s : visible(passages)) {
            Rectangle b = s.bounds();
            // The whole lane counts, not just the thin bar: a bar 4 pixels wide is hard to hit.
            if (x >= b.x - 2 && x < b.x + LANE - 2 && y >= b.y && y < b.y + b.height) {
                found = s;
            }
        }
        return found;
    }

    /** Draws the stripes and their names on the margin (the widget's paint event, after it painted its text). */
    void paint(GC gc, CodedPassages passages) {
        List<Stripe> stripes = visible(passages);
        if (stripes.isEmpty()) {
            return;
        }
        int fontHeight = gc.getFontMetrics().getHeight();
        for (Stripe s : stripes) {
            Rectangle b = s.bounds();
            Color colour = new Color(CodeColours.of(s.code()));
            gc.setBackground(colour);
            gc.fillRectangle(b);
            // Small ticks mark where the passage starts and ends, so that passages of one code that touch stay apart.
            gc.setForeground(colour);
            gc.drawLine(b.x, b.y, b.x + BAR + 3, b.y);
            gc.drawLine(b.x, b.y + b.height - 1, b.x + BAR + 3, b.y + b.height - 1);
            String name = fitting(gc, s.code().getName(), b.height - 6);
            if (name != null) {
                // The name reads downward along the bar, as in a printed margin note.
                Transform t = new Transform(gc.getDevice());
                try {
                    t.translate(b.x + BAR + 2 + fontHeight, b.y + 3);
                    t.rotate(90);
                    gc.setTransform(t);
                    gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
                    gc.drawString(name, 0, 0, true);
                } finally {
                    gc.setTransform(null);
                    t.dispose();
                }
            }
        }
    }

    /** As much of a name as fits in {@code room} pixels, ended by an ellipsis when cut; null when not even two letters fit. */
    static String fitting(GC gc, String name, int room) {
        if (name == null || name.isEmpty() || room <= 0) {
            return null;
        }
        if (gc.stringExtent(name).x <= room) {
            return name;
        }
        int lo = 1; // the longest prefix that fits, found by halving: a paint may name dozens of stripes
        int hi = name.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            Point extent = gc.stringExtent(name.substring(0, mid).strip() + "…");
            if (extent.x <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo >= 2 && gc.stringExtent(name.substring(0, lo).strip() + "…").x <= room ? name.substring(0, lo).strip() + "…" : null;
    }
}
