package org.coprod.ui.map;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.coprod.core.Countries;
import org.coprod.ui.summary.CaseSummary;

/**
 * Cases per country among the cases shown: a case set in two countries counts once in each; a case with no known
 * country counts in none but is counted as such, so the map can say how many it cannot place.
 */
public record CountryCounts(Map<String, Integer> perCountry, int cases, int withoutCountry) {

    /** The counts of these cases. */
    public static CountryCounts of(Collection<CaseSummary> shown) {
        Map<String, Integer> per = new TreeMap<>();
        int without = 0;
        for (CaseSummary c : shown) {
            boolean placed = false;
            for (String code : c.countries().stream().distinct().toList()) {
                if (Countries.isCode(code)) {
                    per.merge(code, 1, Integer::sum);
                    placed = true;
                }
            }
            if (!placed) {
                without++;
            }
        }
        return new CountryCounts(Map.copyOf(per), shown.size(), without);
    }

    /** The cases in one country; 0 when none. */
    public int of(String code) {
        return perCountry.getOrDefault(code, 0);
    }
}
