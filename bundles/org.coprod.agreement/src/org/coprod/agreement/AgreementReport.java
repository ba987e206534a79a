package org.coprod.agreement;

import java.util.List;
import java.util.Map;

/**
 * The agreement between coders of the same texts and cases: passages compared per pair of raters, case-level codings
 * compared over all raters, and what was left out.
 *
 * @param codeNames the name of each code key the comparisons use
 * @param notes     what was left out of the comparison and why, in sentences a user reads
 */
public record AgreementReport(List<Rater> raters, List<PassageComparison> passages, CaseComparison cases,
        Map<String, String> codeNames, List<String> notes) {

    /** A code's name, or its key if the codebooks have no code of that key. */
    public String codeName(String key) {
        return codeNames.getOrDefault(key, key);
    }
}
