package org.coprod.atlas;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where a region's degrees land on an image of a given size. An equirectangular projection whose horizontal scale is
 * shrunk by the cosine of the region's middle latitude, so that Europe is not drawn twice as wide as it is; the
 * region is fitted whole and centred, keeping its proportions.
 */
public final class Projection {

    private final AffineTransform toPixels;

    /** The projection of {@code region} onto an image {@code width} × {@code height} pixels. */
    public Projection(Region region, int width, int height) {
        Rectangle2D box = region.bounds();
        double stretch = Math.cos(Math.toRadians(box.getCenterY()));
        double wide = box.getWidth() * stretch;
        double scale = Math.min(width / wide, height / box.getHeight());
        double left = (width - wide * scale) / 2;
        double top = (height - box.getHeight() * scale) / 2;
        toPixels = new AffineTransform();
        toPixels.translate(left, top);
        toPixels.scale(scale * stretch, -scale);
        toPixels.translate(-box.getMinX(), -box.getMaxY());
    }

    /** The pixel of a place given in degrees. */
    public Point2D project(double longitude, double latitude) {
        return toPixels.transform(new Point2D.Double(longitude, latitude), null);
    }

    /** The place in degrees (x longitude, y latitude) under a pixel. */
    public Point2D place(double x, double y) {
        try {
            return toPixels.inverseTransform(new Point2D.Double(x, y), null);
        } catch (NoninvertibleTransformException e) {
            // only an image of no pixels has no inverse, and nothing lies under its pixels
            return new Point2D.Double(Double.NaN, Double.NaN);
        }
    }

    /** An outline in degrees, drawn in pixels. */
    public Shape project(Shape outline) {
        return toPixels.createTransformedShape(outline);
    }
}
