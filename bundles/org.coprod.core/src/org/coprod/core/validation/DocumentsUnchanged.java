package org.coprod.core.validation;

import java.util.Set;

import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** The text files of a case's documents are the ones imported: present, and with the SHA-256 recorded then. */
final class DocumentsUnchanged implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.DOCUMENT_CHANGED);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c) {
            for (Document d : c.getDocuments()) {
                Texts.changed(d).ifPresent(why -> findings.report(ProblemCode.DOCUMENT_CHANGED, c,
                        CoprodPackage.Literals.CASE__DOCUMENTS, NLS.bind(Messages.Problem_documentChanged, Findings.caseLabel(c), why)));
            }
        }
    }
}
