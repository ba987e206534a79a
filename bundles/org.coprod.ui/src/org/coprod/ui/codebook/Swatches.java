package org.coprod.ui.codebook;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Small squares in the colours of codes, made once per colour and disposed with the control that shows them. A code
 * without a readable colour gets an empty square, so that names stay aligned.
 */
public final class Swatches {

    private static final int SIZE = 12;
    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    public Swatches(Control owner) {
        display = owner.getDisplay();
        owner.addDisposeListener(e -> dispose());
    }

    /** The swatch of a colour written {@code #RRGGBB}. */
    public Image of(String colour) {
        RGB rgb = rgb(colour);
        String key = rgb == null ? "" : hex(rgb);
        return images.computeIfAbsent(key, k -> draw(rgb));
    }

    private Image draw(RGB rgb) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            if (rgb != null) {
                Color fill = new Color(rgb);
                gc.setBackground(fill);
                gc.fillRectangle(1, 1, SIZE - 2, SIZE - 2);
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(1, 1, SIZE - 3, SIZE - 3);
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** The colour of {@code #RRGGBB}, or null when the text is no such colour. */
    public static RGB rgb(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int v = Integer.parseInt(colour.substring(1), 16);
        return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** A colour as the model writes it: {@code #rrggbb}. */
    public static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
