package org.coprod.agreement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.eclipse.osgi.util.NLS;

/**
 * Krippendorff's alpha (nominal) and Cohen's kappa over a reliability data matrix, computed by DKPro Agreement. The
 * cases DKPro answers with an exception or a NaN (one coder, no unit coded twice, one category only) are caught
 * before it is called and said as a {@link Figure.NotDefined}.
 */
final class Nominal {

    private Nominal() {
    }

    /**
     * @param units one array per unit, one entry per coder (the same coder at the same index), null where a coder did
     *              not code the unit
     */
    static Reliability of(CaseMeasure measure, String category, int coders, List<String[]> units) {
        if (coders < 2) {
            String none = Messages.Why_oneCoder;
            return new Reliability(measure, category, 0, coders, Figure.notDefined(none), Figure.notDefined(none));
        }
        CodingAnnotationStudy pairable = new CodingAnnotationStudy(coders);
        CodingAnnotationStudy complete = new CodingAnnotationStudy(coders);
        Set<String> categories = new LinkedHashSet<>();
        Set<String> completeCategories = new LinkedHashSet<>();
        boolean[] seen = new boolean[coders];
        int count = 0;
        for (String[] unit : units) {
            int values = 0;
            for (String v : unit) {
                values += v == null ? 0 : 1;
            }
            if (values < 2) {
                continue; // a unit one coder coded holds no pair to compare
            }
            count++;
            pairable.addItemAsArray(unit);
            for (int i = 0; i < coders; i++) {
                if (unit[i] != null) {
                    seen[i] = true;
                    categories.add(unit[i]);
                }
            }
            if (values == coders) {
                complete.addItemAsArray(unit);
                for (String v : unit) {
                    completeCategories.add(v);
                }
            }
        }
        int coding = 0;
        for (boolean s : seen) {
            coding += s ? 1 : 0;
        }
        return new Reliability(measure, category, count, coding, alpha(pairable, count, categories),
                kappa(complete, coders, completeCategories));
    }

    private static Figure alpha(CodingAnnotationStudy study, int units, Set<String> categories) {
        if (units == 0) {
            return Figure.notDefined(Messages.Why_noUnitCodedByTwo);
        }
        if (categories.size() < 2) {
            return Figure.notDefined(oneCategory(categories));
        }
        try {
            return figure(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
        } catch (InsufficientDataException e) {
            return Figure.notDefined(e.getMessage());
        }
    }

    private static Figure kappa(CodingAnnotationStudy study, int coders, Set<String> categories) {
        if (coders != 2) {
            return Figure.notDefined(NLS.bind(Messages.Why_kappaTwoCoders, coders));
        }
        if (study.getItemCount() == 0) {
            return Figure.notDefined(Messages.Why_noUnitCodedByBoth);
        }
        if (categories.size() < 2) {
            return Figure.notDefined(oneCategory(categories));
        }
        try {
            return figure(new CohenKappaAgreement(study).calculateAgreement());
        } catch (InsufficientDataException e) {
            return Figure.notDefined(e.getMessage());
        }
    }

    private static String oneCategory(Set<String> categories) {
        return NLS.bind(Messages.Why_oneCategory, categories.iterator().next());
    }

    private static Figure figure(double value) {
        return Double.isFinite(value) ? Figure.of(value) : Figure.notDefined(Messages.Why_undefined);
    }
}
