package org.coprod.agreement;

import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;

/**
 * A coefficient's value, or the reason it has none. A coefficient that the data cannot define (one category only, a
 * single coder, no unit coded twice) is said in words: it is never a NaN that a report would print as a number.
 */
public sealed interface Figure {

    /** A defined value, with a note on how it was reached when that is a convention rather than the formula. */
    record Value(double value, String note) implements Figure {
        public Value {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a figure must be a number, not " + value);
            }
        }
    }

    /** No value, and why. */
    record NotDefined(String reason) implements Figure {
    }

    static Figure of(double value) {
        return new Value(value, null);
    }

    static Figure of(double value, String note) {
        return new Value(value, note);
    }

    static Figure notDefined(String reason) {
        return new NotDefined(reason);
    }

    default boolean defined() {
        return this instanceof Value;
    }

    /** The value, if defined. */
    default OptionalDouble number() {
        return this instanceof Value v ? OptionalDouble.of(v.value()) : OptionalDouble.empty();
    }

    /** The value with three decimals ("0.743"), or "not defined (reason)". */
    default String text() {
        return switch (this) {
            case Value v -> String.format(Locale.ROOT, "%.3f", v.value());
            case NotDefined n -> NLS.bind(Messages.Figure_notDefined, n.reason());
        };
    }

    /** A proportion as a percentage with one decimal ("97.5 %"), or "not defined (reason)". */
    default String percent() {
        return switch (this) {
            case Value v -> String.format(Locale.ROOT, "%.1f %%", 100 * v.value());
            case NotDefined n -> NLS.bind(Messages.Figure_notDefined, n.reason());
        };
    }
}
