package org.coprod.core.validation;

import java.util.Set;

import org.coprod.core.Languages;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A note's language is an ISO 639-1 code, as the preferences and the translation of notes expect. */
final class NoteLanguageIsIso implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.BAD_LANGUAGE);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Note n && n.getLanguage() != null && !Languages.isCode(n.getLanguage())) {
            findings.report(ProblemCode.BAD_LANGUAGE, n, CoprodPackage.Literals.NOTE__LANGUAGE,
                    NLS.bind(Messages.Problem_notIsoLanguage, Findings.caseLabel(n), n.getLanguage()));
        }
    }
}
