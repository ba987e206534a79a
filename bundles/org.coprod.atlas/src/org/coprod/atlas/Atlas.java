package org.coprod.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world's countries at 1:110m (Natural Earth through the {@code world-atlas} package), keyed by the alpha-2 codes
 * the library stores. Read once from the bundle and shared: the outlines never change while the program runs.
 */
public final class Atlas {

    private static final String TOPOLOGY = "/data/countries-110m.json";

    private static Atlas world;

    private final List<Country> countries;
    private final Map<String, Country> byCode = new LinkedHashMap<>();

    private Atlas(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country country : countries) {
            if (country.code() != null) {
                byCode.put(country.code(), country);
            }
        }
    }

    /** The atlas of the bundle's own data, decoded on first use. */
    public static synchronized Atlas world() {
        if (world == null) {
            try (InputStream in = Atlas.class.getResourceAsStream(TOPOLOGY)) {
                if (in == null) {
                    throw new IllegalStateException("the atlas bundle lacks " + TOPOLOGY);
                }
                world = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return world;
    }

    /** An atlas of a TopoJSON topology whose object {@code countries} holds one geometry per country. */
    static Atlas read(Reader topology) {
        return new Atlas(TopoJson.countries(topology, "countries", NumericCodes.load()));
    }

    /** Every area the atlas draws, in the data's order, including the few without a code. */
    public List<Country> countries() {
        return countries;
    }

    /** The country of an alpha-2 code, or null when the atlas does not draw it (e.g. too small at this scale). */
    public Country country(String code) {
        return byCode.get(code);
    }

    /** The alpha-2 codes the atlas draws. */
    public Set<String> codes() {
        return Collections.unmodifiableSet(byCode.keySet());
    }
}
