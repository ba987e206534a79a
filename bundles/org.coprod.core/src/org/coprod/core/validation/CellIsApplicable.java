package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CoprodPackage;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A case is coded only in cells the typology marks applicable. */
final class CellIsApplicable implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.NOT_APPLICABLE_CELL);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof TypologyCoding coding && CodingHasCell.hasCell(coding) && !coding.getCell().isApplicable()) {
            findings.report(ProblemCode.NOT_APPLICABLE_CELL, coding, CoprodPackage.Literals.TYPOLOGY_CODING__CELL,
                    NLS.bind(Messages.Problem_cellNotApplicable, Findings.caseLabel(coding), coding.getCell().getCode()));
        }
    }
}
