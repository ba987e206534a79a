package org.coprod.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Every validation rule, in the order their problems are listed for one object: the one place a new rule is added.
 */
final class CaseRules {

    static final List<Rule> ALL = all();

    private CaseRules() {
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(
                new CaseHasId(), new CaseHasName(), new CaseHasCountry(), new CountriesAreIsoCodes(), new PeriodInOrder(),
                new ParentInLibrary(), new NoParentCycle(),
                new CodingHasCell(), new CellIsApplicable(), new DocumentCodingNamesSource(),
                new ContributionNotNegative(), new NumbersHaveYear(), new ActorInLibrary(), new SourceInLibrary(),
                new NoteLanguageIsIso(),
                new SegmentFitsText(), new DocumentsUnchanged(), new CodeHasDefinition(), new PlacementHasEvidence()));
        BriefFacts.ALL.forEach(fact -> rules.add(new FactRecorded(fact)));
        return List.copyOf(rules);
    }
}
