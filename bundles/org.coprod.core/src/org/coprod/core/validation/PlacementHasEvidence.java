package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** Advice: a typology placement of a case that has documents cites a coded passage of them. */
final class PlacementHasEvidence implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.NO_PLACEMENT_EVIDENCE);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof TypologyCoding coding && coding.getSegments().isEmpty() && coding.eContainer() instanceof Case c
                && !c.getDocuments().isEmpty() && coding.getCell() != null) {
            findings.report(ProblemCode.NO_PLACEMENT_EVIDENCE, coding, CoprodPackage.Literals.CODED_RECORD__SEGMENTS,
                    NLS.bind(Messages.Problem_placementWithoutEvidence, Findings.caseLabel(coding), coding.getCell().getCode()));
        }
    }
}
