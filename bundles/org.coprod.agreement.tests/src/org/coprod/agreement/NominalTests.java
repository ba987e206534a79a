package org.coprod.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Krippendorff's alpha and Cohen's kappa on reliability data matrices whose figures are worked out by hand. */
class NominalTests {

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), nominal data, 4 observers, 12 units, missing
     * data ("." there, null here). Rows are observers A-D, columns units 1-12.
     */
    static final Integer[][] KRIPPENDORFF = {
            { 1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null },
            { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3 },
            { null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null },
            { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null } };

    private static double value(Figure f) {
        assertTrue(f.defined(), f.text());
        return ((Figure.Value) f).value();
    }

    static List<String[]> units(Integer[][] byCoder) {
        List<String[]> units = new ArrayList<>();
        for (int u = 0; u < byCoder[0].length; u++) {
            String[] unit = new String[byCoder.length];
            for (int c = 0; c < byCoder.length; c++) {
                unit[c] = byCoder[c][u] == null ? null : String.valueOf(byCoder[c][u]);
            }
            units.add(unit);
        }
        return units;
    }

    @Test
    void krippendorffsPublishedExampleGivesAlpha0743() {
        // Unit 12 has one value only: it cannot be paired and drops out; 11 units remain, with m_u values each.
        // The coincidence matrix (each pair of values in a unit counts 1 / (m_u - 1)), values 1..5:
        //        1     2     3     4     5    n_c
        //   1    7    4/3   1/3   1/3    0     9
        //   2   4/3   10    4/3   1/3    0    13
        //   3   1/3   4/3    8    1/3    0    10
        //   4   1/3   1/3   1/3    4     0     5
        //   5    0     0     0     0     3     3
        // n = 40, the diagonal holds 7 + 10 + 8 + 4 + 3 = 32, sum of n_c^2 = 81 + 169 + 100 + 25 + 9 = 384.
        // alpha = 1 - (n - 1)(n - diagonal) / (n^2 - sum n_c^2) = 1 - 39 * 8 / (1600 - 384) = 1 - 312 / 1216
        //       = 113 / 152 = 0.7434...  (the paper: 0.743)
        Reliability r = Nominal.of(CaseMeasure.TYPOLOGY, null, 4, units(KRIPPENDORFF));
        assertEquals(113.0 / 152.0, value(r.alpha()), 1e-9);
        assertEquals("0.743", r.alpha().text());
        assertEquals(11, r.units());
        assertEquals(4, r.coders());
        assertFalse(r.kappa().defined(), "Cohen's kappa is for two coders");
    }

    @Test
    void twoCodersTenUnitsGiveKappaAndAlphaWorkedOutByHand() {
        // coder 1: A A A A A B B B B B
        // coder 2: A A A A B B B B A A
        // kappa: observed agreement 7/10; coder 1 says A 5/10, coder 2 6/10, so chance agreement
        //   = 0.5 * 0.6 + 0.5 * 0.4 = 0.5 and kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
        // alpha: n = 20 values, n_A = 11, n_B = 9; the 3 disagreeing units put 1 in o_AB and 1 in o_BA (6 off the diagonal);
        //   alpha = 1 - (20 - 1) * 6 / (400 - 121 - 81) = 1 - 114 / 198 = 0.42424...
        String[] first = "A A A A A B B B B B".split(" ");
        String[] second = "A A A A B B B B A A".split(" ");
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(new String[] { first[i], second[i] });
        }
        Reliability r = Nominal.of(CaseMeasure.DRIVERS, null, 2, units);
        assertEquals(0.4, value(r.kappa()), 1e-12);
        assertEquals(1 - 114.0 / 198.0, value(r.alpha()), 1e-12);
        assertEquals(10, r.units());
        assertEquals(2, r.coders());
    }

    @Test
    void oneCategoryOnlyIsNotDefinedAndSaysWhy() {
        List<String[]> units = List.of(new String[] { "P1-D1", "P1-D1" }, new String[] { "P1-D1", "P1-D1" });
        Reliability r = Nominal.of(CaseMeasure.TYPOLOGY, null, 2, units);
        assertFalse(r.alpha().defined());
        assertFalse(r.kappa().defined());
        assertTrue(r.alpha().text().contains("one category only"), r.alpha().text());
        assertTrue(r.alpha().text().contains("P1-D1"), r.alpha().text());
        assertEquals(2, r.units());
    }

    @Test
    void aSingleCoderIsNotDefined() {
        Reliability r = Nominal.of(CaseMeasure.TYPOLOGY, null, 1, List.of(new String[] { "P1-D1" }, new String[] { "P2-D2" }));
        assertEquals("not defined (only one coder is compared)", r.alpha().text());
        assertEquals("not defined (only one coder is compared)", r.kappa().text());
    }

    @Test
    void noUnitCodedByTwoCodersIsNotDefined() {
        // coder 1 coded units 1 and 2, coder 2 unit 3: no pair of values anywhere
        List<String[]> units = List.of(new String[] { "a", null }, new String[] { "b", null }, new String[] { null, "a" });
        Reliability r = Nominal.of(CaseMeasure.TYPOLOGY, null, 2, units);
        assertEquals("not defined (no unit was coded by two coders)", r.alpha().text());
        assertEquals("not defined (no unit was coded by both coders)", r.kappa().text());
        assertEquals(0, r.units());
    }

    @Test
    void threeCodersHaveAlphaButNoKappa() {
        // three coders compared, the third of whom coded nothing: kappa compares exactly two, so it is not defined
        List<String[]> units = List.of(new String[] { "a", "a", null }, new String[] { "b", "a", null }, new String[] { "b", "b", null });
        Reliability r = Nominal.of(CaseMeasure.TYPOLOGY, null, 3, units);
        assertFalse(r.kappa().defined());
        assertEquals(2, r.coders(), "the third coder coded none of the units");
        // alpha, 2 coders over 3 units: n = 6, n_a = 3, n_b = 3, one disagreeing unit: 2 off the diagonal;
        //   1 - 5 * 2 / (36 - 9 - 9) = 1 - 10 / 18 = 0.4444...
        assertEquals(1 - 10.0 / 18.0, value(r.alpha()), 1e-12);
    }
}
