package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CoprodPackage;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A typology coding names a cell the library knows (not none, and not one of a typology since removed). */
final class CodingHasCell implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.MISSING_CELL);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof TypologyCoding coding && !hasCell(coding)) {
            findings.report(ProblemCode.MISSING_CELL, coding, CoprodPackage.Literals.TYPOLOGY_CODING__CELL,
                    NLS.bind(Messages.Problem_noCell, Findings.caseLabel(coding)));
        }
    }

    /** Whether the coding's cell can be read; the other coding rules say nothing more about one without. */
    static boolean hasCell(TypologyCoding coding) {
        return coding.getCell() != null && !coding.getCell().eIsProxy();
    }
}
