package org.coprod.agreement;

/**
 * The code points of one text counted by what two coders did with one code: coded by both, by the first only, by the
 * second only, by neither. Percentage agreement and Cohen's kappa follow from it as NVivo's coding comparison computes
 * them, so that a figure here can be set beside NVivo's.
 */
public record TwoByTwo(long both, long firstOnly, long secondOnly, long neither) {

    /** When chance agreement is itself complete, the formula is 0/0; NVivo reports complete agreement as 1. */
    static final String COMPLETE = Messages.Why_complete;

    public TwoByTwo {
        if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("negative count in " + both + "/" + firstOnly + "/" + secondOnly + "/" + neither);
        }
    }

    public long total() {
        return both + firstOnly + secondOnly + neither;
    }

    public long agreeing() {
        return both + neither;
    }

    /** The share of code points on which the coders agree: both coded them, or neither did. */
    public Figure agreement() {
        return total() == 0 ? Figure.notDefined(Messages.Why_textEmpty) : Figure.of((double) agreeing() / total());
    }

    /**
     * Cohen's kappa over the code points: the agreement expected by chance is (coded by the first × coded by the second
     * + not coded by the first × not coded by the second) / total, and kappa = (agreeing − expected) / (total − expected).
     */
    public Figure kappa() {
        long n = total();
        if (n == 0) {
            return Figure.notDefined(Messages.Why_textEmpty);
        }
        long first = both + firstOnly;
        long second = both + secondOnly;
        if (first == second && (first == 0 || first == n)) {
            return Figure.of(1.0, COMPLETE); // expected == total: the only case where the denominator is 0
        }
        double expected = ((double) first * second + (double) (n - first) * (n - second)) / n;
        return Figure.of((agreeing() - expected) / (n - expected));
    }
}
