package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.CoprodPackage;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;

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
                    Findings.caseLabel(coding) + " (codings): coded in cell " + coding.getCell().getCode() + ", which is not applicable");
        }
    }
}
