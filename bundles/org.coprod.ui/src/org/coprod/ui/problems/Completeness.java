package org.coprod.ui.problems;

import java.util.List;
import java.util.function.Predicate;

import org.coprod.core.validation.BriefFacts;
import org.coprod.model.Case;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How completely a case is documented: the share of the facts a comparative brief draws on that the case has. Each
 * missing fact names the field to fill in. The facts are core's ({@link BriefFacts}), which its advice rules share.
 */
public final class Completeness {

    /** One fact a well-documented case has. */
    public record Item(String label, EStructuralFeature feature, Predicate<Case> present) {
    }

    public static final List<Item> ITEMS = BriefFacts.ALL.stream().map(Completeness::item).toList();

    private Completeness() {
    }

    /** The score, 0 to 100. */
    public static int score(Case c) {
        return BriefFacts.score(c);
    }

    /** What the case lacks. */
    public static List<Item> missing(Case c) {
        return BriefFacts.missing(c).stream().map(Completeness::item).toList();
    }

    private static Item item(BriefFacts.Fact fact) {
        return new Item(fact.label(), fact.feature(), fact.present());
    }
}
