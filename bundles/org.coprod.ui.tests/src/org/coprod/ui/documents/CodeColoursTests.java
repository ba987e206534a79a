package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.model.Code;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** The colours of codes: highlights light enough to read black text on, and new codes unlike the codebook's. */
class CodeColoursTests {

    private static Code coloured(String colour) {
        return CodebookChanges.create("c" + colour, null, null, colour);
    }

    @Test
    void aNewCodeIsNotGivenAColourLikeOneInUse() {
        List<Code> book = new ArrayList<>(List.of(coloured("#2ca02c"))); // the green of a built-in group
        String first = CodeColours.fresh(book);
        assertNotEquals("#3cb44b", first, "not the palette's other green");
        book.add(coloured(first));
        String second = CodeColours.fresh(book);
        assertNotEquals(first, second, "the next new code looks different again");
        assertTrue(CodeColours.distance(CodeColours.parse(first), CodeColours.parse(second)) > 150);
    }

    @Test
    void aHighlightIsTheCodesColourMostOfTheWayToWhite() {
        assertEquals(new RGB(255, 173, 173), CodeColours.tint(CodeColours.parse("#ff0000")));
        assertEquals(CodeColours.NONE, CodeColours.parse("red"), "a colour that is not #RRGGBB shows grey");
    }
}
