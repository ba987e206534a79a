package org.coprod.core.validation;

import java.util.Set;

import org.coprod.model.AssignedBy;
import org.coprod.model.CoprodPackage;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A coding said to come from a document names the document, so that a reader can check it. */
final class DocumentCodingNamesSource implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.DOCUMENT_CODING_WITHOUT_SOURCE);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof TypologyCoding coding && CodingHasCell.hasCell(coding) && coding.getAssignedBy() == AssignedBy.DOCUMENT
                && coding.getSource() == null) {
            findings.report(ProblemCode.DOCUMENT_CODING_WITHOUT_SOURCE, coding, CoprodPackage.Literals.TYPOLOGY_CODING__SOURCE,
                    NLS.bind(Messages.Problem_documentCodingWithoutSource, Findings.caseLabel(coding), coding.getCell().getCode()));
        }
    }
}
