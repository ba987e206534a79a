package org.coprod.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.io.StringReader;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AtlasTests {

    private static final double[] BRASILIA = {-47.88, -15.79};
    private static final double[] MASERU = {27.48, -29.31};

    @Test
    void decodesEveryAreaOfTheNaturalEarthFile() {
        Atlas atlas = Atlas.world();
        // world-atlas 2.0.2's countries-110m.json holds 177 geometries; Kosovo, Somaliland and N. Cyprus have no id
        assertEquals(177, atlas.countries().size());
        assertEquals(174, atlas.codes().size());
        assertEquals(3, atlas.countries().stream().filter(c -> c.code() == null).count());
        assertEquals("Brazil", atlas.country("BR").name());
        assertEquals("076", atlas.country("BR").numeric());
        assertNull(atlas.country("XX"));
    }

    @Test
    void brazilsShapeHoldsBrasiliaOnTheProjectedMap() {
        Country brazil = Atlas.world().country("BR");
        assertTrue(brazil.outline().contains(BRASILIA[0], BRASILIA[1]));
        Projection projection = new Projection(Region.LATIN_AMERICA, 600, 500);
        Shape drawn = projection.project(brazil.outline());
        Point2D capital = projection.project(BRASILIA[0], BRASILIA[1]);
        assertTrue(drawn.contains(capital));
        assertFalse(Atlas.world().country("AR").outline().contains(BRASILIA[0], BRASILIA[1]));
    }

    @Test
    void aCountryInsideAnotherIsAHoleInIt() {
        assertTrue(Atlas.world().country("LS").outline().contains(MASERU[0], MASERU[1]));
        assertFalse(Atlas.world().country("ZA").outline().contains(MASERU[0], MASERU[1]),
            "South Africa's outline must leave Lesotho out (even-odd rings)");
    }

    @Test
    void aReversedArcIsWalkedBackwards() {
        // two squares sharing the arc x = 1; the second walks it backwards (~0 = -1)
        String topology = """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"id":"076","properties":{"name":"West"}},
               {"type":"Polygon","arcs":[[2,-1]],"id":"032","properties":{"name":"East"}}]}},
             "arcs":[[[1,0],[0,2]],[[1,2],[-1,0],[0,-2],[1,0]],[[1,0],[1,0],[0,2],[-1,0]]]}
            """;
        Atlas atlas = Atlas.read(new StringReader(topology));
        assertTrue(atlas.country("BR").outline().contains(0.5, 1));
        assertFalse(atlas.country("BR").outline().contains(1.5, 1));
        assertTrue(atlas.country("AR").outline().contains(1.5, 1));
        assertNotNull(atlas.country("AR"));
    }

    @Test
    void numericTableCoversEveryIsoCountryOfTheJdk() {
        NumericCodes codes = NumericCodes.load();
        assertEquals("BR", codes.alpha2("076"));
        assertEquals("PK", codes.alpha2("586"));
        assertEquals("ZW", codes.alpha2("716"));
        assertEquals("GB", codes.alpha2("826"));
        assertEquals(Locale.getISOCountries().length, codes.size());
    }
}
