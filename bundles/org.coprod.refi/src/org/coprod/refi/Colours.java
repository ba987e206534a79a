package org.coprod.refi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours as tools write them, made into the {@code #RRGGBB} a code keeps: {@code #RGB}, {@code #RRGGBB},
 * {@code #RRGGBBAA} (the alpha dropped), {@code rgb(r, g, b)} and {@code rgba(r, g, b, a)}, or six hex digits alone;
 * a colour already written {@code #RRGGBB} is kept exactly, so a round trip changes nothing.
 */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final Pattern RGB = Pattern.compile("(?i)rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(,[^)]*)?\\)");

    private Colours() {
    }

    /** The colour as {@code #RRGGBB}, or empty when it cannot be read. */
    static Optional<String> normal(String colour) {
        if (colour == null || colour.isBlank()) {
            return Optional.empty();
        }
        String c = colour.strip();
        Matcher hex = HEX.matcher(c);
        if (hex.matches()) {
            String digits = hex.group(1);
            if (digits.length() == 6 && c.startsWith("#")) {
                return Optional.of(c); // already as a code keeps it
            }
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                        + digits.charAt(2);
            }
            return Optional.of("#" + digits.substring(0, 6).toUpperCase(Locale.ROOT));
        }
        Matcher rgb = RGB.matcher(c);
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r <= 255 && g <= 255 && b <= 255) {
                return Optional.of(String.format("#%02X%02X%02X", r, g, b));
            }
        }
        return Optional.empty();
    }
}
