package org.coprod.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Interval arithmetic on coded ranges, checked against code points counted one by one. */
class SpansTests {

    @Test
    void unionMergesOverlappingAndTouchingRangesAndDropsEmptyOnes() {
        Spans s = Spans.of(10, 20, 0, 5, 5, 8, 15, 25, 30, 30, 40, 45);
        assertEquals("[0–8, 10–25, 40–45]", s.toString());
        assertEquals(8 + 15 + 5, s.length());
    }

    @Test
    void rangesAreClippedToTheText() {
        Spans s = Spans.union(new int[] { -3, 4, 8, 50, 60, 70 }, 3, 10);
        assertEquals("[0–4, 8–10]", s.toString());
    }

    @Test
    void overlapAndMinusCountWhatBothAndOnlyOneCover() {
        Spans a = Spans.of(0, 10, 20, 30);
        Spans b = Spans.of(5, 25);
        // shared: 5–10 (5) and 20–25 (5)
        assertEquals(10, a.overlap(b));
        assertEquals(10, b.overlap(a));
        assertEquals("[0–5, 25–30]", a.minus(b).toString());
        assertEquals("[10–20]", b.minus(a).toString());
        assertTrue(a.minus(a).isEmpty());
    }

    @Test
    void agreesWithCountingCodePointsOneByOne() {
        Random r = new Random(7);
        for (int round = 0; round < 500; round++) {
            int length = 1 + r.nextInt(200);
            int[] pa = pairs(r, length);
            int[] pb = pairs(r, length);
            boolean[] ca = cover(pa, length);
            boolean[] cb = cover(pb, length);
            Spans a = Spans.union(pa, pa.length / 2, length);
            Spans b = Spans.union(pb, pb.length / 2, length);
            long both = 0;
            long onlyA = 0;
            long inA = 0;
            for (int i = 0; i < length; i++) {
                both += ca[i] && cb[i] ? 1 : 0;
                onlyA += ca[i] && !cb[i] ? 1 : 0;
                inA += ca[i] ? 1 : 0;
            }
            assertEquals(inA, a.length());
            assertEquals(both, a.overlap(b));
            assertEquals(onlyA, a.minus(b).length());
            assertEquals(0, a.minus(b).overlap(b));
        }
    }

    private static int[] pairs(Random r, int length) {
        int n = r.nextInt(6);
        int[] p = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int start = r.nextInt(length + 5) - 2;
            p[2 * i] = start;
            p[2 * i + 1] = start + r.nextInt(40);
        }
        return p;
    }

    private static boolean[] cover(int[] pairs, int length) {
        boolean[] c = new boolean[length];
        for (int i = 0; i < pairs.length; i += 2) {
            for (int k = Math.max(0, pairs[i]); k < Math.min(length, pairs[i + 1]); k++) {
                c[k] = true;
            }
        }
        return c;
    }
}
