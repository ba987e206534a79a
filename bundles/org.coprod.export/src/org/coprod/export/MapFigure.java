package org.coprod.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coprod.atlas.Atlas;
import org.coprod.atlas.Region;
import org.coprod.atlas.WorldMap;
import org.coprod.model.Case;

/**
 * Where a brief's cases are: the world's countries shaded by how many of the cases name each, drawn by the same
 * {@link WorldMap} as the workbench's Map view.
 */
final class MapFigure {

    private static final double WIDTH_CM = 16;
    private static final double HEIGHT_CM = 7.5;

    private MapFigure() {
    }

    /** The map of these cases, or null when none names a country the map can draw. */
    static Block.Picture of(List<Case> cases, CaseFacts facts) {
        Map<String, Integer> counts = counts(cases);
        if (counts.keySet().stream().noneMatch(code -> Atlas.world().country(code) != null)) {
            return null;
        }
        WorldMap map = new WorldMap(Atlas.world());
        int w = (int) Math.round(WIDTH_CM * Png.POINTS_PER_CM);
        int h = (int) Math.round(HEIGHT_CM * Png.POINTS_PER_CM);
        WorldMap.Legend legend = new WorldMap.Legend(facts.t("figure.mapLegend"), facts.t("figure.mapNone"));
        String alt = counts.entrySet().stream().map(e -> facts.countryName(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new Block.Picture(Figure.drawing("map", WIDTH_CM, HEIGHT_CM, facts.t("figure.mapAlt", alt),
                g -> map.draw(g, counts, w, h, Region.WORLD, legend, null)), facts.t("figure.map"));
    }

    /** Cases per country (alpha-2), each case once for every country it names. */
    static Map<String, Integer> counts(List<Case> cases) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Case c : cases) {
            c.getCountries().stream().distinct().forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return counts;
    }
}
