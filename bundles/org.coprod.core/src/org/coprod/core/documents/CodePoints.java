package org.coprod.core.documents;

/**
 * Offsets into a document's plain text count Unicode code points, not Java chars: an emoji or a CJK Extension B
 * character is one code point but two chars, and an offset in chars would shift with every one of them before it.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** The length of a text in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The char index in {@code text} of the code point offset {@code offset} (0 to {@link #length}). */
    public static int charIndex(String text, int offset) {
        return text.offsetByCodePoints(0, offset);
    }

    /** The code point offset of the char index {@code index} (0 to {@code text.length()}). */
    public static int offset(String text, int index) {
        return text.codePointCount(0, index);
    }
}
