package org.coprod.core.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Offsets into a codable text count Unicode code points from 0, end exclusive, as REFI-QDA does; Java strings index
 * UTF-16 units, which differ from code points wherever a character lies outside the Basic Multilingual Plane (an emoji,
 * a CJK Extension B character). Every conversion between the two goes through here.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** The length of a text in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The UTF-16 index of a code-point offset; an offset past the end is clamped to the end. */
    public static int index(String text, int offset) {
        if (offset <= 0) {
            return 0;
        }
        int index = 0;
        int n = 0;
        while (index < text.length() && n < offset) {
            index += Character.charCount(text.codePointAt(index));
            n++;
        }
        return index;
    }

    /** The code-point offset of a UTF-16 index (an index inside a surrogate pair counts as its character's start). */
    public static int offset(String text, int index) {
        int clamped = Math.max(0, Math.min(index, text.length()));
        if (clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))
                && Character.isHighSurrogate(text.charAt(clamped - 1))) {
            clamped--; // codePointCount would count the pair's high half on its own, as the character after it
        }
        return text.codePointCount(0, clamped);
    }

    /** The passage between two code-point offsets. */
    public static String slice(String text, int start, int end) {
        int from = index(text, start);
        return text.substring(from, from + index(text.substring(from), end - start));
    }

    /** The code-point offsets at which a passage occurs in a text, in order (overlapping occurrences too). */
    public static List<Integer> occurrences(String text, String passage) {
        List<Integer> found = new ArrayList<>();
        if (passage.isEmpty()) {
            return found;
        }
        int n = 0;
        int counted = 0;
        for (int i = text.indexOf(passage); i >= 0; i = text.indexOf(passage, i + 1)) {
            n += text.codePointCount(counted, i);
            counted = i;
            found.add(n);
        }
        return found;
    }

    /** Whether {@code [start, end)} is a non-empty range inside a text of {@code length} code points. */
    public static boolean inside(int start, int end, int length) {
        return start >= 0 && start < end && end <= length;
    }
}
