package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coprod.core.BovairdTypology;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.junit.jupiter.api.Test;

/** The brief's grid is drawn from the typology's data: its names, its cells and which of them apply. */
class TypologyGridTests {

    @Test
    void bovairdsGridShadesP3D1BecauseTheDataSaysItDoesNotApply() {
        Block.Grid grid = TypologyGrid.of(List.of(), BovairdTypology.create(), CaseFacts.english());
        assertTrue(Inline.plainText(grid.legend()).contains("The shaded cell (P3-D1) does not apply."), Inline.plainText(grid.legend()));
        assertEquals("Delivery \\ Planning", grid.table().cell(0, 0).plainText());
        // row D1, column P3
        assertTrue(grid.table().cell(1, 3).shaded());
        assertTrue(grid.table().cell(1, 3).plainText().startsWith("P3-D1"));
    }

    @Test
    void aTypologyWhereEveryCellAppliesHasNoShadedCellInItsLegend() {
        Typology t = BovairdTypology.create();
        t.setId("bovaird-revised");
        t.setName("Bovaird, revised");
        t.getDimensions().get(0).setName("Who plans");
        t.getCells().forEach(c -> c.setApplicable(true));
        Block.Grid grid = TypologyGrid.of(List.of(), t, CaseFacts.english());
        String legend = Inline.plainText(grid.legend());
        assertFalse(legend.contains("shaded"), legend);
        assertFalse(legend.contains("P3-D1"), legend);
        assertFalse(grid.table().cell(1, 3).shaded());
        assertEquals("Delivery \\ Who plans", grid.table().cell(0, 0).plainText());
        assertEquals("Cases in \u201cBovaird, revised\u201d", grid.table().caption());
    }

    @Test
    void aCellCodedOnlyByItsValuesIsFoundWhateverItsCodeLooksLike() {
        // the old grid looked cells up by P + "-" + D: a cell coded "co-production" was never drawn
        Typology t = BovairdTypology.create();
        TypologyCell full = t.getCells().stream().filter(c -> c.getCode().equals("P2-D2")).findFirst().orElseThrow();
        full.setCode("co-production");
        Case caterham = CoprodFactory.eINSTANCE.createCase();
        caterham.setId("caterham");
        caterham.setName("Caterham Barracks");
        TypologyCoding k = CoprodFactory.eINSTANCE.createTypologyCoding();
        k.setCell(full);
        caterham.getCodings().add(k);
        Block.Grid grid = TypologyGrid.of(List.of(caterham), t, CaseFacts.english());
        // row D2, column P2
        String cell = grid.table().cell(2, 2).plainText();
        assertTrue(cell.startsWith("co-production") && cell.contains("Caterham Barracks"), cell);
    }
}
