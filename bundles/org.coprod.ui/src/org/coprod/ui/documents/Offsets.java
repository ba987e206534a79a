package org.coprod.ui.documents;

import java.util.Arrays;

import org.coprod.core.evidence.CodePoints;

/**
 * The conversions of {@link CodePoints} for one text shown in a widget, answered in logarithmic time: a widget counts
 * UTF-16 units, segments count code points, and a long document with thousands of segments would otherwise walk the
 * whole text once per segment. Only the characters outside the Basic Multilingual Plane (two UTF-16 units each) are
 * remembered; every answer is the one {@link CodePoints} gives.
 */
final class Offsets {

    private final int utf16Length;
    private final int codePoints;
    /** The UTF-16 index of the high surrogate of each two-unit character, in order. */
    private final int[] pairs;

    Offsets(String text) {
        utf16Length = text.length();
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
                i++;
            }
        }
        pairs = Arrays.copyOf(found, n);
        codePoints = utf16Length - n;
    }

    /** The length of the text in code points. */
    int length() {
        return codePoints;
    }

    /** The UTF-16 index of a code-point offset, clamped to the text (as {@link CodePoints#index}). */
    int index(int offset) {
        if (offset <= 0) {
            return 0;
        }
        if (offset >= codePoints) {
            return utf16Length;
        }
        // The k-th pair starts at code point pairs[k] - k; count the pairs that start before the offset.
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return offset + lo;
    }

    /** The code-point offset of a UTF-16 index, clamped to the text (as {@link CodePoints#offset}). */
    int offset(int index) {
        int i = Math.max(0, Math.min(index, utf16Length));
        int at = Arrays.binarySearch(pairs, i - 1);
        if (at >= 0) {
            return i - 1 - at; // inside a pair: the offset of the character it belongs to
        }
        return i + at + 1; // i less the pairs wholly before it (-(at + 1) of them)
    }
}
