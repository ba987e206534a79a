package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Phase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** The period of a case, and of each of its phases, does not end before it starts; the end year is blamed. */
final class PeriodInOrder implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.PERIOD_INVERTED);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c) {
            check(c, c.getPeriodStart(), c.getPeriodEnd(), CoprodPackage.Literals.CASE__PERIOD_END, Messages.Field_period, findings);
        } else if (object instanceof Phase p) {
            check(p, p.getStartYear(), p.getEndYear(), CoprodPackage.Literals.PHASE__END_YEAR,
                    NLS.bind(Messages.Field_phase, p.getLabel()), findings);
        }
    }

    private static void check(EObject o, Integer start, Integer end, EStructuralFeature feature, String what, Findings findings) {
        if (start != null && end != null && start > end) {
            findings.report(ProblemCode.PERIOD_INVERTED, o, feature,
                    NLS.bind(Messages.Problem_periodInverted, new Object[] {Findings.caseLabel(o), what, end, start}));
        }
    }
}
