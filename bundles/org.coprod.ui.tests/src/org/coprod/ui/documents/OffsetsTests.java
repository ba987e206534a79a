package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coprod.core.evidence.CodePoints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The widget's fast conversions answer exactly as CodePoints does, at every offset and index of awkward texts. */
class OffsetsTests {

    @ParameterizedTest
    @ValueSource(strings = { "", "plain ASCII", "😀", "a😀b😀😀c", "𠀀 CJK extension B, then é and 😀.",
        "\uD83D lone high, lone low \uDE00 end", "ends on a lone high \uD83D" })
    void everyConversionMatchesCodePoints(String text) {
        Offsets offsets = new Offsets(text);
        assertEquals(CodePoints.length(text), offsets.length());
        for (int cp = -1; cp <= CodePoints.length(text) + 1; cp++) {
            assertEquals(CodePoints.index(text, cp), offsets.index(cp), "index of code point " + cp);
        }
        for (int i = -1; i <= text.length() + 1; i++) {
            assertEquals(CodePoints.offset(text, i), offsets.offset(i), "offset of UTF-16 index " + i);
        }
    }
}
