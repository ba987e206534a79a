package org.coprod.atlas;

import java.awt.geom.Path2D;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Decodes a TopoJSON topology into country outlines. TopoJSON stores each border once, as an arc shared by the two
 * countries it separates; arcs are quantised and delta-encoded (each point is the offset from the one before), and a
 * ring names its arcs by index, {@code ~i} (that is {@code -i - 1}) meaning arc {@code i} walked backwards.
 */
final class TopoJson {

    private final double[][][] arcs;

    private TopoJson(double[][][] arcs) {
        this.arcs = arcs;
    }

    /** The countries of the topology's object {@code objectName}, named through the numeric table. */
    static List<Country> countries(Reader json, String objectName, NumericCodes codes) {
        JsonObject topology = JsonParser.parseReader(json).getAsJsonObject();
        TopoJson decoder = new TopoJson(decodeArcs(topology));
        JsonArray geometries = topology.getAsJsonObject("objects").getAsJsonObject(objectName).getAsJsonArray("geometries");
        List<Country> countries = new ArrayList<>();
        for (JsonElement element : geometries) {
            JsonObject geometry = element.getAsJsonObject();
            String numeric = geometry.has("id") ? geometry.get("id").getAsString() : null;
            String code = codes.alpha2(numeric);
            String name = geometry.getAsJsonObject("properties").get("name").getAsString();
            countries.add(new Country(code, code == null ? null : numeric, name, decoder.outline(geometry)));
        }
        return countries;
    }

    private static double[][][] decodeArcs(JsonObject topology) {
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        boolean quantised = topology.has("transform");
        if (quantised) {
            JsonObject transform = topology.getAsJsonObject("transform");
            scale = pair(transform.getAsJsonArray("scale"));
            translate = pair(transform.getAsJsonArray("translate"));
        }
        JsonArray all = topology.getAsJsonArray("arcs");
        double[][][] arcs = new double[all.size()][][];
        for (int a = 0; a < arcs.length; a++) {
            JsonArray points = all.get(a).getAsJsonArray();
            double[][] decoded = new double[points.size()][];
            double x = 0;
            double y = 0;
            for (int p = 0; p < decoded.length; p++) {
                double[] point = pair(points.get(p).getAsJsonArray());
                // a quantised topology stores offsets; an unquantised one stores the positions themselves
                x = quantised ? x + point[0] : point[0];
                y = quantised ? y + point[1] : point[1];
                decoded[p] = quantised ? new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]} : point;
            }
            arcs[a] = decoded;
        }
        return arcs;
    }

    private static double[] pair(JsonArray array) {
        return new double[] {array.get(0).getAsDouble(), array.get(1).getAsDouble()};
    }

    private Path2D outline(JsonObject geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        String type = geometry.get("type").getAsString();
        JsonArray rings = geometry.getAsJsonArray("arcs");
        switch (type) {
            case "Polygon" -> addPolygon(path, rings);
            case "MultiPolygon" -> rings.forEach(polygon -> addPolygon(path, polygon.getAsJsonArray()));
            default -> {
                // a null geometry or a point has no area to shade
            }
        }
        return path;
    }

    private void addPolygon(Path2D path, JsonArray polygon) {
        for (JsonElement ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonElement index : ring.getAsJsonArray()) {
                int i = index.getAsInt();
                double[][] arc = arcs[i < 0 ? ~i : i];
                // each arc starts where the one before ended: skip the shared point
                for (int p = points.isEmpty() ? 0 : 1; p < arc.length; p++) {
                    points.add(arc[i < 0 ? arc.length - 1 - p : p]);
                }
            }
            addRing(path, points);
        }
    }

    /**
     * Adds a ring. A ring that crosses the antimeridian (Fiji, Chukotka) jumps from 180° to -180° between two points;
     * drawn flat, that jump would be a band across the whole map. Such a ring is unwrapped into one continuous ring and
     * drawn twice, 360° apart, so each side of the map shows its half. A ring that does not close when unwrapped goes
     * round a pole (Antarctica) and is drawn as it is.
     */
    private static void addRing(Path2D path, List<double[]> points) {
        if (points.isEmpty()) {
            return;
        }
        double[] unwrapped = new double[points.size()];
        double shift = 0;
        boolean crosses = false;
        for (int p = 0; p < unwrapped.length; p++) {
            if (p > 0) {
                double jump = points.get(p)[0] - points.get(p - 1)[0];
                if (Math.abs(jump) > 180) {
                    shift -= Math.signum(jump) * 360;
                    crosses = true;
                }
            }
            unwrapped[p] = points.get(p)[0] + shift;
        }
        if (!crosses || shift != 0) {
            trace(path, points, null, 0);
            return;
        }
        trace(path, points, unwrapped, 0);
        trace(path, points, unwrapped, Arrays.stream(unwrapped).max().orElse(0) > 180 ? -360 : 360);
    }

    private static void trace(Path2D path, List<double[]> points, double[] longitudes, double offset) {
        for (int p = 0; p < points.size(); p++) {
            double x = (longitudes == null ? points.get(p)[0] : longitudes[p]) + offset;
            double y = points.get(p)[1];
            if (p == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }
}
