package org.coprod.core.importer;

import java.util.Optional;

/**
 * Which text a case file can hold: XML 1.0 has no way to write most control characters (NUL among them), so such a
 * value would fail only when the library is saved, after the import was accepted.
 */
final class XmlText {

    private XmlText() {
    }

    /** Why {@code text} cannot be written to a case file, or empty when it can. */
    static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!legal) { // a lone surrogate reads as its own code point, outside both ranges
                return Optional.of(String.format("holds the character U+%04X at position %d, which a case file cannot store", cp, i + 1));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }
}
