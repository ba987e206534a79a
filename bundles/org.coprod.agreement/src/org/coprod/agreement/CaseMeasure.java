package org.coprod.agreement;

/** What coders decide about a case as a whole, and whether one decision is one value or a set of values. */
public enum CaseMeasure {

    /** The typology cell of a case, or of each phase or service component of it: one value per unit. */
    TYPOLOGY(Messages.Measure_typology, false),
    /** The drivers of a case: each value chosen or not, one yes/no unit per case and value. */
    DRIVERS(Messages.Measure_drivers, true),
    BENEFITS(Messages.Measure_benefits, true),
    LIMITATIONS(Messages.Measure_limitations, true),
    /** Who initiated the case: a fact of the case without a coder, so attributable to a whole library only. */
    INITIATOR_MODE(Messages.Measure_initiatorMode, false);

    private final String label;
    private final boolean set;

    CaseMeasure(String label, boolean set) {
        this.label = label;
        this.set = set;
    }

    public String label() {
        return label;
    }

    /** Whether a coder chooses any number of values per case (then each value is a yes/no unit). */
    public boolean set() {
        return set;
    }
}
