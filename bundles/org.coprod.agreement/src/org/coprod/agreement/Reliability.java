package org.coprod.agreement;

/**
 * The reliability of one case-level measure, or of one category of it: Krippendorff's alpha (nominal) over the units
 * that at least two coders coded, and Cohen's kappa when exactly two coders are compared.
 *
 * @param category the value the figures are about, as yes/no units; null for the measure as a whole
 * @param units    the units that two or more coders coded (the others cannot be compared)
 * @param coders   the coders who coded at least one of those units
 */
public record Reliability(CaseMeasure measure, String category, int units, int coders, Figure alpha, Figure kappa) {
}
