package org.coprod.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

/**
 * The raters' case-level codings compared unit by unit: Krippendorff's alpha (nominal) and, for two raters, Cohen's
 * kappa per measure, and per category of it as yes/no units. A measure for which coders choose a set of values (drivers,
 * benefits, limitations) is compared as one yes/no unit per case and value, over the cases two raters coded it for:
 * a rater who recorded none of a measure for a case has not coded it, which is not the same as choosing none.
 */
public final class CaseComparison {

    /** A unit the raters coded differently: each rater's values (joined with " + "), null where a rater did not code it. */
    public record Disagreement(CaseMeasure measure, UnitKey unit, List<String> choices) {
    }

    static final String YES = "yes";
    static final String NO = "no";
    static final String NOT_ATTRIBUTED = Messages.Why_notAttributed;

    private final List<Reliability> reliabilities = new ArrayList<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    private CaseComparison() {
    }

    /**
     * @param initiatorAttributable whether the works are whole libraries, whose cases' initiator mode is theirs
     */
    public static CaseComparison of(List<Work> works, boolean initiatorAttributable) {
        CaseComparison out = new CaseComparison();
        for (CaseMeasure measure : CaseMeasure.values()) {
            if (measure == CaseMeasure.INITIATOR_MODE && !initiatorAttributable) {
                Figure none = Figure.notDefined(NOT_ATTRIBUTED);
                out.reliabilities.add(new Reliability(measure, null, 0, 0, none, none));
                continue;
            }
            out.compare(measure, works);
        }
        return out;
    }

    public List<Reliability> reliabilities() {
        return reliabilities;
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    private void compare(CaseMeasure measure, List<Work> works) {
        int n = works.size();
        TreeSet<UnitKey> units = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        for (Work w : works) {
            units.addAll(w.choices(measure).keySet());
            w.choices(measure).values().forEach(categories::addAll);
        }
        List<SortedSet<String>[]> table = new ArrayList<>();
        for (UnitKey unit : units) {
            @SuppressWarnings("unchecked")
            SortedSet<String>[] row = new SortedSet[n];
            for (int i = 0; i < n; i++) {
                row[i] = works.get(i).choices(measure).get(unit);
            }
            table.add(row);
            disagreement(measure, unit, row);
        }
        if (units.isEmpty()) {
            Figure none = Figure.notDefined(NLS.bind(Messages.Why_nothingRecorded, measure.label()));
            reliabilities.add(new Reliability(measure, null, 0, 0, none, none));
            return;
        }
        if (measure.set()) {
            List<String[]> pooled = new ArrayList<>();
            List<Reliability> each = new ArrayList<>();
            for (String category : categories) {
                List<String[]> binary = binary(table, category, n);
                pooled.addAll(binary);
                each.add(Nominal.of(measure, category, n, binary));
            }
            reliabilities.add(Nominal.of(measure, null, n, pooled));
            reliabilities.addAll(each);
        } else {
            reliabilities.add(Nominal.of(measure, null, n, table.stream().map(CaseComparison::joined).toList()));
            for (String category : categories) {
                reliabilities.add(Nominal.of(measure, category, n, binary(table, category, n)));
            }
        }
    }

    /** Whether each rater chose a category for each unit: yes, no, or null where the rater did not code the unit. */
    private static List<String[]> binary(List<SortedSet<String>[]> table, String category, int n) {
        List<String[]> out = new ArrayList<>(table.size());
        for (SortedSet<String>[] row : table) {
            String[] unit = new String[n];
            for (int i = 0; i < n; i++) {
                unit[i] = row[i] == null ? null : row[i].contains(category) ? YES : NO;
            }
            out.add(unit);
        }
        return out;
    }

    /** A rater who placed one unit in two cells gave the pair as its value: it agrees only with the same pair. */
    private static String[] joined(SortedSet<String>[] row) {
        return Arrays.stream(row).map(s -> s == null ? null : String.join(" + ", s)).toArray(String[]::new);
    }

    private void disagreement(CaseMeasure measure, UnitKey unit, SortedSet<String>[] row) {
        String[] values = joined(row);
        long coded = Arrays.stream(values).filter(Objects::nonNull).count();
        long distinct = Arrays.stream(values).filter(Objects::nonNull).distinct().count();
        if (coded >= 2 && distinct > 1) {
            disagreements.add(new Disagreement(measure, unit, Arrays.asList(values)));
        }
    }
}
