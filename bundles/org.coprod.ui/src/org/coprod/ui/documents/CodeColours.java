package org.coprod.ui.documents;

import java.util.Collection;
import java.util.regex.Pattern;

import org.coprod.model.Code;
import org.eclipse.swt.graphics.RGB;

/** The colours a code is shown in: its own ("#RRGGBB"), and the light tint that highlights its passages behind the text. */
final class CodeColours {

    /** For codes with no colour of their own (or one that is not "#RRGGBB"). */
    static final RGB NONE = new RGB(0x88, 0x88, 0x88);
    /** How much of the way to white a highlight goes, so that black text stays easy to read on it. */
    private static final double TINT = 0.68;
    /** Colours for new codes, chosen so that neighbouring stripes differ. */
    private static final String[] PALETTE = { "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
        "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075" };

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private CodeColours() {
    }

    /** A code's colour. */
    static RGB of(Code code) {
        return parse(code.getColour());
    }

    static RGB parse(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            return NONE;
        }
        int v = Integer.parseInt(colour.substring(1), 16);
        return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** The highlight of a code's passages. */
    static RGB tint(RGB c) {
        return new RGB(lighten(c.red), lighten(c.green), lighten(c.blue));
    }

    private static int lighten(int v) {
        return (int) Math.round(v + (255 - v) * TINT);
    }

    /** The highlight of a passage coded with several codes: the average of their tints. */
    static RGB blend(Collection<RGB> tints) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (RGB t : tints) {
            r += t.red;
            g += t.green;
            b += t.blue;
        }
        int n = Math.max(1, tints.size());
        return new RGB(r / n, g / n, b / n);
    }

    /** A colour for a new code: the colour of the palette farthest from every colour the codebook uses. */
    static String fresh(Collection<Code> codes) {
        String best = PALETTE[0];
        double farthest = -1;
        for (String candidate : PALETTE) {
            RGB c = parse(candidate);
            double nearest = Double.MAX_VALUE;
            for (Code code : codes) {
                if (code.getColour() != null && HEX.matcher(code.getColour()).matches()) {
                    nearest = Math.min(nearest, distance(c, parse(code.getColour())));
                }
            }
            if (nearest > farthest) {
                farthest = nearest;
                best = candidate;
            }
        }
        return best;
    }

    /** How far apart two colours look, roughly: the red-mean weighted distance (no colour library needed). */
    static double distance(RGB a, RGB b) {
        double r = (a.red + b.red) / 2.0;
        int dr = a.red - b.red;
        int dg = a.green - b.green;
        int db = a.blue - b.blue;
        return Math.sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
    }
}
