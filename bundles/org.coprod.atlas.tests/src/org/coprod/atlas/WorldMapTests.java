package org.coprod.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldMapTests {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;

    private final WorldMap map = new WorldMap(Atlas.world());

    @Test
    void aCountryWithCasesIsShadedAndOneWithoutIsNot(@TempDir Path folder) throws IOException {
        BufferedImage drawn = map.render(Map.of("BR", 3, "PK", 1), WIDTH, HEIGHT, Region.WORLD, WorldMap.Legend.ENGLISH);
        Path png = folder.resolve("map.png");
        ImageIO.write(drawn, "png", png.toFile());
        BufferedImage image = ImageIO.read(Files.newInputStream(png));

        Color brazil = pixel(image, Region.WORLD, -47.88, -15.79);
        Color pakistan = pixel(image, Region.WORLD, 69.0, 29.0);
        Color france = pixel(image, Region.WORLD, 2.35, 46.5);
        Color algeria = pixel(image, Region.WORLD, 3.0, 28.0);
        assertEquals(Shades.NONE, france, "France has no case: the grey of none");
        assertEquals(france, algeria);
        assertNotEquals(france, brazil);
        assertNotEquals(france, pakistan);
        assertNotEquals(brazil, pakistan, "three cases are darker than one");
        assertEquals(brazil.getRed() < pakistan.getRed(), true, "the darker shade is for the larger count");
    }

    @Test
    void withNoCasesEveryCountryIsTheGreyOfNone() {
        BufferedImage image = map.render(Map.of(), 400, 300, Region.AFRICA, WorldMap.Legend.ENGLISH);
        assertEquals(Shades.NONE, pixel(image, Region.AFRICA, 28.04, -26.2, 400, 300));
    }

    @Test
    void hitTestingNamesTheCountryUnderAPixel() {
        assertEquals("BR", at(Region.WORLD, -47.88, -15.79, WIDTH, HEIGHT));
        assertEquals("PK", at(Region.SOUTH_ASIA, 73.05, 33.68, 500, 500));
        assertEquals("ZA", at(Region.AFRICA, 28.04, -26.2, 300, 300));
        assertEquals("LS", at(Region.AFRICA, 28.25, -29.6, 600, 600));
        assertEquals("GB", at(Region.EUROPE, -1.5, 52.5, 700, 500));
        assertEquals("PH", at(Region.WORLD, 121.0, 15.0, 1600, 900));
        assertNull(at(Region.WORLD, -30.0, 0.0, WIDTH, HEIGHT), "the middle of the Atlantic is no country");
        assertNull(at(Region.WORLD, -150.0, -16.8, WIDTH, HEIGHT), "Fiji crosses the antimeridian without a band across the map");
        assertEquals("FJ", at(Region.WORLD, 178.0, -17.8, 3600, 1800));
        assertEquals("RU", at(Region.WORLD, -175.0, 66.0, 1600, 900), "Chukotka, east of the antimeridian");
    }

    @Test
    void shadesSplitTheCountsIntoRangesWithoutGaps() {
        List<Shades.Range> ranges = new Shades(12).ranges();
        assertEquals(1, ranges.get(0).lowest());
        assertEquals(12, ranges.get(ranges.size() - 1).highest());
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).highest() + 1, ranges.get(i).lowest());
        }
        assertEquals(List.of(), new Shades(0).ranges());
        assertEquals(2, new Shades(2).ranges().size());
    }

    private String at(Region region, double longitude, double latitude, int width, int height) {
        Point2D p = new Projection(region, width, height).project(longitude, latitude);
        return map.countryAt((int) p.getX(), (int) p.getY(), width, height, region);
    }

    private static Color pixel(BufferedImage image, Region region, double longitude, double latitude) {
        return pixel(image, region, longitude, latitude, WIDTH, HEIGHT);
    }

    private static Color pixel(BufferedImage image, Region region, double longitude, double latitude, int w, int h) {
        Point2D p = new Projection(region, w, h).project(longitude, latitude);
        return new Color(image.getRGB((int) p.getX(), (int) p.getY()));
    }
}
