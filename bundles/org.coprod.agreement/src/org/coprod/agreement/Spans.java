package org.coprod.agreement;

import java.util.Arrays;

/**
 * The code points of a text that one coder coded with one code, as sorted, disjoint, non-touching ranges
 * {@code [start, end)}. Counting what two coders share is then a walk along two sorted lists, whatever the length of
 * the text: no unit is visited one by one.
 */
public final class Spans {

    static final Spans NONE = new Spans(new int[0]);

    /** start0, end0, start1, end1, …: sorted, each range non-empty and separated from the next by at least one code point. */
    private final int[] bounds;

    private Spans(int[] bounds) {
        this.bounds = bounds;
    }

    /**
     * The union of ranges given as pairs, clipped to {@code [0, length)}; overlapping and touching ranges merge, empty
     * ones are dropped.
     *
     * @param pairs start0, end0, start1, end1, … in any order; only the first {@code 2 × count} entries are read
     */
    public static Spans union(int[] pairs, int count, int length) {
        long[] packed = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int start = Math.max(0, pairs[2 * i]);
            int end = Math.min(length, pairs[2 * i + 1]);
            if (start < end) {
                packed[n++] = ((long) start << 32) | end; // both are non-negative: sorting the longs sorts by start
            }
        }
        if (n == 0) {
            return NONE;
        }
        Arrays.sort(packed, 0, n);
        int[] out = new int[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int start = (int) (packed[i] >>> 32);
            int end = (int) packed[i];
            if (m > 0 && start <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], end);
            } else {
                out[m++] = start;
                out[m++] = end;
            }
        }
        return new Spans(Arrays.copyOf(out, m));
    }

    /** Ranges given as start0, end0, start1, end1, … */
    public static Spans of(int... pairs) {
        return union(pairs, pairs.length / 2, Integer.MAX_VALUE);
    }

    public int size() {
        return bounds.length / 2;
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public int start(int i) {
        return bounds[2 * i];
    }

    public int end(int i) {
        return bounds[2 * i + 1];
    }

    /** How many code points the ranges cover. */
    public long length() {
        long total = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            total += bounds[i + 1] - bounds[i];
        }
        return total;
    }

    /** How many code points both cover. */
    public long overlap(Spans other) {
        int[] a = bounds;
        int[] b = other.bounds;
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int start = Math.max(a[i], b[j]);
            int end = Math.min(a[i + 1], b[j + 1]);
            if (start < end) {
                total += end - start;
            }
            if (a[i + 1] < b[j + 1]) { // the range that ends first can meet nothing further along the other list
                i += 2;
            } else {
                j += 2;
            }
        }
        return total;
    }

    /** The code points covered here and not by {@code other}: a coder's passages the other coder left out. */
    public Spans minus(Spans other) {
        int[] a = bounds;
        int[] b = other.bounds;
        int[] out = new int[a.length + b.length];
        int m = 0;
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            int start = a[i];
            int end = a[i + 1];
            while (j < b.length && b[j + 1] <= start) {
                j += 2;
            }
            int k = j;
            while (k < b.length && b[k] < end) {
                if (b[k] > start) {
                    out[m++] = start;
                    out[m++] = b[k];
                }
                start = Math.max(start, b[k + 1]);
                k += 2;
            }
            if (start < end) {
                out[m++] = start;
                out[m++] = end;
            }
        }
        return m == 0 ? NONE : new Spans(Arrays.copyOf(out, m));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spans s && Arrays.equals(bounds, s.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < bounds.length; i += 2) {
            s.append(i == 0 ? "" : ", ").append(bounds[i]).append('–').append(bounds[i + 1]);
        }
        return s.append(']').toString();
    }
}
