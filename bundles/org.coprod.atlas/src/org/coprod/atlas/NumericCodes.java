package org.coprod.atlas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** ISO 3166-1 numeric codes against alpha-2 codes, read from the bundle's own table (the JDK knows no numeric codes). */
final class NumericCodes {

    private static final String TABLE = "/data/iso3166-numeric.tsv";

    private final Map<String, String> alpha2 = new HashMap<>();

    private NumericCodes() {
    }

    static NumericCodes load() {
        NumericCodes codes = new NumericCodes();
        try (InputStream in = NumericCodes.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the atlas bundle lacks " + TABLE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                codes.alpha2.put(cells[0].strip(), cells[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** The alpha-2 code of a numeric one ({@code 076} → {@code BR}), or null when there is none. */
    String alpha2(String numeric) {
        return numeric == null ? null : alpha2.get(numeric);
    }

    int size() {
        return alpha2.size();
    }
}
