package org.coprod.core.validation;

import java.util.Optional;
import java.util.Set;

import org.coprod.core.evidence.Anchors;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Texts;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Segment;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** A coded passage lies inside its text, and the text between its offsets is still the passage it quoted. */
final class SegmentFitsText implements Rule {

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(ProblemCode.SEGMENT_OUTSIDE_TEXT, ProblemCode.QUOTE_CHANGED);
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (!(object instanceof Segment s)) {
            return;
        }
        String where = Findings.caseLabel(s);
        if (s.getText() == null) {
            findings.report(ProblemCode.SEGMENT_OUTSIDE_TEXT, s, CoprodPackage.Literals.SEGMENT__TEXT,
                    NLS.bind(Messages.Problem_passageWithoutText, where));
            return;
        }
        Optional<String> text = Texts.of(s.getText());
        if (text.isEmpty()) {
            return; // an unreadable document is reported once, for its case (DOCUMENT_CHANGED)
        }
        String title = Texts.title(s.getText());
        if (!CodePoints.inside(s.getStart(), s.getEnd(), CodePoints.length(text.get()))) {
            findings.report(ProblemCode.SEGMENT_OUTSIDE_TEXT, s, CoprodPackage.Literals.SEGMENT__START,
                    NLS.bind(Messages.Problem_passageOutside, new Object[] {where, s.getStart(), s.getEnd(), title}));
        } else if (s.getQuote() != null && !Anchors.fits(text.get(), s)) {
            findings.report(ProblemCode.QUOTE_CHANGED, s, CoprodPackage.Literals.SEGMENT__QUOTE,
                    NLS.bind(Messages.Problem_quoteChanged, new Object[] {where, title, s.getStart(), s.getEnd(), shortQuote(s)}));
        }
    }

    private static String shortQuote(Segment s) {
        String q = s.getQuote().strip();
        return q.length() <= 60 ? q : q.substring(0, 57) + "…";
    }
}
