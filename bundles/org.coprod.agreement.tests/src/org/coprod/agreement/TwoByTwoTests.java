package org.coprod.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percentage agreement and kappa from the four counts of code points, against figures worked out by hand. */
class TwoByTwoTests {

    private static double value(Figure f) {
        return ((Figure.Value) f).value();
    }

    @Test
    void nvivosOwnExampleGivesEightyFivePercent() {
        // NVivo's help: 1000 characters, 50 coded by both, 150 by one user only, 800 by neither -> (800 + 50) / 1000 = 85 %.
        // Say 100 by A only and 50 by B only. Then A coded 150, B coded 100:
        //   EF1 = 150 * 100 / 1000 = 15, EF2 = 850 * 900 / 1000 = 765, sum EF = 780,
        //   kappa = (850 - 780) / (1000 - 780) = 70 / 220 = 0.318181...
        TwoByTwo t = new TwoByTwo(50, 100, 50, 800);
        assertEquals(0.85, value(t.agreement()), 1e-12);
        assertEquals(70.0 / 220.0, value(t.kappa()), 1e-12);
        assertEquals("85.0 %", t.agreement().percent());
        assertEquals("0.318", t.kappa().text());
    }

    @Test
    void oneCoderCodingNothingGivesKappaZero() {
        // 1000 characters, B coded 100, A nothing: agreement 900 / 1000; EF1 = 0, EF2 = 1000 * 900 / 1000 = 900;
        // kappa = (900 - 900) / (1000 - 900) = 0.
        TwoByTwo t = new TwoByTwo(0, 0, 100, 900);
        assertEquals(0.9, value(t.agreement()), 1e-12);
        assertEquals(0.0, value(t.kappa()), 1e-12);
    }

    @Test
    void totalDisagreementGivesKappaMinusOne() {
        // 10 characters, A coded the first 5, B the last 5: agreement 0; EF1 = 25/10, EF2 = 25/10, sum 5;
        // kappa = (0 - 5) / (10 - 5) = -1.
        assertEquals(-1.0, value(new TwoByTwo(0, 5, 5, 0).kappa()), 1e-12);
    }

    @Test
    void completeAgreementOnOneCategoryIsOneAsNvivoReportsItAndSaysSo() {
        // Both coded all 10 characters: EF1 = 100 / 10 = 10 = total, so the formula is 0 / 0.
        Figure all = new TwoByTwo(10, 0, 0, 0).kappa();
        Figure none = new TwoByTwo(0, 0, 0, 10).kappa();
        assertEquals(1.0, value(all));
        assertEquals(1.0, value(none));
        assertNotNull(((Figure.Value) all).note());
        // where the formula is defined, there is no note
        assertNull(((Figure.Value) new TwoByTwo(5, 0, 0, 5).kappa()).note());
        assertEquals(1.0, value(new TwoByTwo(5, 0, 0, 5).kappa()), 1e-12);
    }

    @Test
    void anEmptyTextHasNoFigures() {
        TwoByTwo t = new TwoByTwo(0, 0, 0, 0);
        assertFalse(t.agreement().defined());
        assertFalse(t.kappa().defined());
        assertTrue(t.kappa().text().startsWith("not defined ("), t.kappa().text());
    }

    @Test
    void aFigureIsNeverNaN() {
        assertThrows(IllegalArgumentException.class, () -> Figure.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(-1, 0, 0, 0));
    }
}
