package org.coprod.core.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The severities a user chose for some problem codes, replacing the ones the rules give; codes without a choice keep
 * theirs. A choice replaces every severity of its code, including a rule's milder one for a special case (a missing
 * country is only a warning for a regional record unless the user chose a severity for {@link ProblemCode#MISSING_COUNTRY}).
 * <p>
 * Validation finds the choices in the validator's context ({@link #putInto(Map)}). Stored as preferences, a chosen code
 * has the key {@link #preferenceKey(ProblemCode)} and a {@link Severity} name as value; a code left to its rule has no
 * key and no default value, since a stored value, even the code's usual severity, would override the rule's milder one.
 */
public final class Severities {

    /** The rules' own severities. */
    public static final Severities DEFAULTS = new Severities(new EnumMap<>(ProblemCode.class));

    /** The preference key prefix: {@code validation.severity.MISSING_COUNTRY}, for instance. */
    public static final String PREFERENCE_PREFIX = "validation.severity.";

    private final Map<ProblemCode, Severity> chosen;

    private Severities(EnumMap<ProblemCode, Severity> chosen) {
        this.chosen = Collections.unmodifiableMap(chosen);
    }

    /** The given choices (a copy: later changes to the map do not change them). */
    public static Severities of(Map<ProblemCode, Severity> chosen) {
        EnumMap<ProblemCode, Severity> copy = new EnumMap<>(ProblemCode.class);
        chosen.forEach((code, severity) -> copy.put(Objects.requireNonNull(code), Objects.requireNonNull(severity)));
        return new Severities(copy);
    }

    /**
     * The choices stored as preferences: {@code stored} gives the value under a key, or null when there is none. A value
     * that names no severity (a hand-edited or damaged preference) is ignored, so the rule's own severity applies.
     */
    public static Severities fromPreferences(Function<String, String> stored) {
        EnumMap<ProblemCode, Severity> chosen = new EnumMap<>(ProblemCode.class);
        for (ProblemCode code : ProblemCode.values()) {
            String value = stored.apply(preferenceKey(code));
            for (Severity s : Severity.values()) {
                if (s.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    chosen.put(code, s);
                }
            }
        }
        return new Severities(chosen);
    }

    /** The preference key under which a code's chosen severity is stored. */
    public static String preferenceKey(ProblemCode code) {
        return PREFERENCE_PREFIX + code.name();
    }

    /** The choices as preferences to store, key to value; the keys of codes absent here are to be removed. */
    public Map<String, String> preferences() {
        Map<String, String> stored = new LinkedHashMap<>();
        chosen.forEach((code, severity) -> stored.put(preferenceKey(code), severity.name()));
        return stored;
    }

    /** The severity a problem of {@code code} is reported with, when its rule gives {@code ruleSeverity}. */
    public Severity of(ProblemCode code, Severity ruleSeverity) {
        return chosen.getOrDefault(code, ruleSeverity);
    }

    /** The choices made, by code (codes without a choice are absent). */
    public Map<ProblemCode, Severity> chosen() {
        return chosen;
    }

    /** Puts these choices into a validation context (as {@code Diagnostician.createDefaultContext()} makes one). */
    public void putInto(Map<Object, Object> context) {
        context.put(Severities.class, this);
    }

    /** The choices in a validation context; {@link #DEFAULTS} when it holds none. */
    public static Severities in(Map<Object, Object> context) {
        return context != null && context.get(Severities.class) instanceof Severities s ? s : DEFAULTS;
    }
}
