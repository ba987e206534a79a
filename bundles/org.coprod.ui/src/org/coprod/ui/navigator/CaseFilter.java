package org.coprod.ui.navigator;

import org.coprod.ui.summary.CaseSummary;

/**
 * What the navigator shows: the typed filter text, a typology cell (the matrix's click) and a country (the map's
 * click), each null when off.
 */
public record CaseFilter(String text, String cellTypology, String cellCode, String country) {

    /** The filter that shows every case. */
    public static final CaseFilter NONE = new CaseFilter("", null, null, null);

    /** Whether a case passes every part of the filter that is on. */
    public boolean shows(CaseSummary c) {
        return c.matches(text) && (cellCode == null || c.codedIn(cellTypology, cellCode))
                && (country == null || c.countries().contains(country));
    }

    /** The same filter in any country: what the map counts, so that choosing one country leaves the others shaded. */
    public CaseFilter anyCountry() {
        return new CaseFilter(text, cellTypology, cellCode, null);
    }

    /** The same filter kept to one country (null: any). */
    public CaseFilter inCountry(String code) {
        return new CaseFilter(text, cellTypology, cellCode, code);
    }

    /** The same filter kept to one typology cell (nulls: any). */
    public CaseFilter inCell(String typologyId, String code) {
        return new CaseFilter(text, typologyId, code, country);
    }

    /** The same filter with other text. */
    public CaseFilter withText(String typed) {
        return new CaseFilter(typed, cellTypology, cellCode, country);
    }
}
