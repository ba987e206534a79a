package org.coprod.core.validation;

import java.util.Locale;
import java.util.Set;

import org.coprod.core.Labels;
import org.coprod.model.Case;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** Advice: a case records one of the facts a brief draws on; one rule for each of {@link BriefFacts#ALL}. */
final class FactRecorded implements Rule {

    private final BriefFacts.Fact fact;

    FactRecorded(BriefFacts.Fact fact) {
        this.fact = fact;
    }

    @Override
    public Set<ProblemCode> codes() {
        return Set.of(fact.code());
    }

    @Override
    public void check(EObject object, Findings findings) {
        if (object instanceof Case c && !fact.present().test(c)) {
            String field = Labels.field(fact.feature(), Locale.getDefault());
            findings.report(fact.code(), c, fact.feature(),
                    NLS.bind(Messages.Problem_factMissing, new Object[] {Findings.caseLabel(c), field, fact.label()}));
        }
    }
}
