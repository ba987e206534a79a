package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.coprod.model.CoprodFactory;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;
import org.junit.jupiter.api.Test;

/** The cell where a column meets a row, found by values on any typology, not by gluing codes together. */
class TypologyAxesTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    private static DimensionValue value(TypologyDimension d, String code) {
        DimensionValue v = F.createDimensionValue();
        v.setCode(code);
        v.setLabel(code);
        d.getValues().add(v);
        return v;
    }

    @Test
    void findsBovairdsCellsByPlannerAndDeliverer() {
        TypologyAxes axes = TypologyAxes.of(BovairdTypology.create()).orElseThrow();
        DimensionValue p2 = axes.columns().get(1);
        DimensionValue d3 = axes.rows().get(2);
        assertEquals("User/community delivery of co-planned or co-designed services", axes.cell(p2, d3).orElseThrow().getName());
        assertEquals(List.of("P3-D1"), axes.notApplicable().stream().map(TypologyCell::getCode).toList());
        assertEquals("Planning", axes.across().getName());
        assertEquals("Delivery", axes.down().getName());
    }

    @Test
    void aTypologyWhoseCodesAreNotPlannerDashDelivererStillHasItsCells() {
        // Brandsen and Pestoff's distinction as a 2 × 2: codes that P + "-" + D would never find
        Typology t = F.createTypology();
        t.setId("brandsen");
        TypologyDimension who = F.createTypologyDimension();
        who.setName("Who produces");
        TypologyDimension what = F.createTypologyDimension();
        what.setName("What is shared");
        t.getDimensions().addAll(List.of(who, what));
        DimensionValue citizens = value(who, "citizens");
        DimensionValue jointly = value(who, "joint");
        DimensionValue planning = value(what, "planning");
        DimensionValue production = value(what, "production");
        TypologyCell governance = F.createTypologyCell();
        governance.setCode("co-governance");
        governance.getValues().addAll(List.of(jointly, planning));
        TypologyCell management = F.createTypologyCell();
        management.setCode("co-management");
        management.getValues().addAll(List.of(jointly, production));
        t.getCells().addAll(List.of(governance, management));
        TypologyAxes axes = TypologyAxes.of(t).orElseThrow();
        assertEquals(Optional.of(governance), axes.cell(jointly, planning));
        assertEquals(Optional.of(management), axes.cell(jointly, production));
        assertEquals(Optional.empty(), axes.cell(citizens, planning));
        assertTrue(axes.notApplicable().isEmpty());
    }

    @Test
    void aOneDimensionalTypologyIsNoGrid() {
        Typology ladder = F.createTypology();
        ladder.getDimensions().add(F.createTypologyDimension());
        assertFalse(TypologyAxes.of(ladder).isPresent());
        assertFalse(TypologyAxes.of(null).isPresent());
    }

    @Test
    void aCellOfAnotherCopyOfTheSameTypologyIsHeldButNotOneOfAnotherTypology() {
        TypologyAxes axes = TypologyAxes.of(BovairdTypology.create()).orElseThrow();
        assertTrue(axes.holds(BovairdTypology.create().getCells().get(4)));
        Typology other = BovairdTypology.create();
        other.setId("bovaird-variant");
        assertFalse(axes.holds(other.getCells().get(4)));
    }
}
