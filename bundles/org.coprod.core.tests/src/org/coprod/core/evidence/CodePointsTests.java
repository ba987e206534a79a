package org.coprod.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Code-point offsets against UTF-16 indices, on text with characters outside the Basic Multilingual Plane. */
class CodePointsTests {

    /** a, 😀 (U+1F600: UTF-16 1–2), b, 𠀀 (U+20000: UTF-16 4–5), c: five code points in seven UTF-16 units. */
    private static final String MIXED = "a\uD83D\uDE00b\uD840\uDC00c";

    @Test
    void theLengthCountsEachCharacterOnce() {
        assertEquals(7, MIXED.length());
        assertEquals(5, CodePoints.length(MIXED));
        assertEquals(1, CodePoints.length("𠀀"));
        assertEquals(0, CodePoints.length(""));
    }

    @Test
    void indexAndOffsetConvertBothWays() {
        int[] utf16 = { 0, 1, 3, 4, 6, 7 }; // the UTF-16 index of each code-point offset 0..5, worked out by hand
        for (int offset = 0; offset < utf16.length; offset++) {
            assertEquals(utf16[offset], CodePoints.index(MIXED, offset), "index of offset " + offset);
            assertEquals(offset, CodePoints.offset(MIXED, utf16[offset]), "offset of index " + utf16[offset]);
        }
        assertEquals(7, CodePoints.index(MIXED, 99), "an offset past the end is the end");
        assertEquals(0, CodePoints.index(MIXED, -3));
        assertEquals(5, CodePoints.offset(MIXED, 99));
    }

    @Test
    void anIndexInsideASurrogatePairCountsAsItsCharactersStart() {
        // UTF-16 index 2 is the low half of 😀, index 5 that of 𠀀: both lie in the character at offsets 1 and 3.
        assertEquals(1, CodePoints.offset(MIXED, 2));
        assertEquals(3, CodePoints.offset(MIXED, 5));
        assertEquals(0, CodePoints.offset("\uD83D\uDE00", 1));
    }

    @Test
    void aSliceIsTheWholeCharactersBetweenTwoOffsets() {
        assertEquals("\uD83D\uDE00", CodePoints.slice(MIXED, 1, 2));
        assertEquals("\uD83D\uDE00b\uD840\uDC00", CodePoints.slice(MIXED, 1, 4));
        assertEquals("c", CodePoints.slice(MIXED, 4, 5));
        assertEquals(MIXED, CodePoints.slice(MIXED, 0, 5));
        assertEquals("", CodePoints.slice(MIXED, 2, 2));
    }

    @Test
    void occurrencesAreCodePointOffsetsOfEveryPlaceThePassageIs() {
        String text = "😀 trust, 𠀀 trust and trusting";
        assertEquals(List.of(2, 11, 21), CodePoints.occurrences(text, "trust"));
        assertEquals(List.of(9), CodePoints.occurrences(text, "𠀀 trust"));
        assertEquals(List.of(0, 1), CodePoints.occurrences("aaa", "aa"), "overlapping ones too");
        assertEquals(List.of(), CodePoints.occurrences(text, "faith"));
        assertEquals(List.of(), CodePoints.occurrences(text, ""));
    }

    @Test
    void insideWantsANonEmptyRangeWithinTheText() {
        assertTrue(CodePoints.inside(0, 5, 5));
        assertTrue(CodePoints.inside(4, 5, 5));
        assertFalse(CodePoints.inside(4, 6, 5), "past the end");
        assertFalse(CodePoints.inside(-1, 2, 5), "before the start");
        assertFalse(CodePoints.inside(3, 3, 5), "empty");
        assertFalse(CodePoints.inside(3, 2, 5), "backwards");
    }
}
