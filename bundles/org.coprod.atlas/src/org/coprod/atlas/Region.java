package org.coprod.atlas;

import java.awt.geom.Rectangle2D;

/** The parts of the world a map can zoom to, each a box in degrees wide enough to hold its countries whole. */
public enum Region {
    WORLD(-180, -58, 180, 84),
    AFRICA(-19, -36, 53, 38),
    SOUTH_ASIA(59, 4, 99, 39),
    LATIN_AMERICA(-118, -56, -33, 33),
    EUROPE(-25, 34, 45, 71);

    private final Rectangle2D bounds;

    Region(double west, double south, double east, double north) {
        bounds = new Rectangle2D.Double(west, south, east - west, north - south);
    }

    /** The box in degrees: x is longitude, y latitude (south at the smaller y). */
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }
}
