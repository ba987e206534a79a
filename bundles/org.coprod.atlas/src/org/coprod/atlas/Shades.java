package org.coprod.atlas;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes a choropleth shades counts into: up to five ranges of equal width from 1 to the largest count, each
 * darker than the one before, and a grey of its own for no cases, so that none is never mistaken for few.
 */
public final class Shades {

    /** The fill of a country the library holds no case from. */
    public static final Color NONE = new Color(0xE3, 0xE3, 0xE3);

    /** A sequential blue ramp (ColorBrewer "Blues"), light to dark, readable in grey print too. */
    private static final Color[] RAMP = {
        new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6), new Color(0x3182BD), new Color(0x08519C)};

    /** A range of counts shaded alike, both ends included. */
    public record Range(int lowest, int highest, Color fill) {
    }

    private final int largest;

    /** The classes for counts up to {@code largest}. */
    public Shades(int largest) {
        this.largest = Math.max(largest, 0);
    }

    /** The fill of a count. */
    public Color fill(int count) {
        if (count <= 0) {
            return NONE;
        }
        for (Range range : ranges()) {
            if (count <= range.highest()) {
                return range.fill();
            }
        }
        return RAMP[RAMP.length - 1];
    }

    /** The non-empty ranges from 1 to the largest count, lightest first; none when no country has a case. */
    public List<Range> ranges() {
        List<Range> ranges = new ArrayList<>();
        int lowest = 1;
        for (int k = 1; k <= RAMP.length; k++) {
            int highest = (int) Math.floor((double) k * largest / RAMP.length);
            if (highest >= lowest) {
                ranges.add(new Range(lowest, highest, RAMP[k - 1]));
                lowest = highest + 1;
            }
        }
        return ranges;
    }
}
