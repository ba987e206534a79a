package org.coprod.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.InitiatorMode;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How completely a case is documented: the share of the facts a comparative brief draws on that the case has. Each
 * missing fact names the field to fill in.
 */
public final class Completeness {

    /** One fact a well-documented case has. */
    public record Item(String label, EStructuralFeature feature, Predicate<Case> present) {
    }

    private static final CoprodPackage P = CoprodPackage.eINSTANCE;

    public static final List<Item> ITEMS = List.of(
            new Item("name", P.getCase_Name(), c -> notBlank(c.getName())),
            new Item("summary", P.getCase_Summary(), c -> notBlank(c.getSummary())),
            new Item("countries", P.getCase_Countries(), c -> !c.getCountries().isEmpty()),
            new Item("sectors", P.getCase_Sectors(), c -> !c.getSectors().isEmpty()),
            new Item("start year", P.getCase_PeriodStart(), c -> c.getPeriodStart() != null),
            new Item("case type", P.getCase_CaseType(), c -> c.eIsSet(P.getCase_CaseType())),
            new Item("initiator mode", P.getCase_InitiatorMode(), c -> c.getInitiatorMode() != null
                    && c.getInitiatorMode() != InitiatorMode.UNKNOWN),
            new Item("typology coding", P.getCase_Codings(), c -> !c.getCodings().isEmpty()),
            new Item("drivers", P.getCase_Drivers(), c -> !c.getDrivers().isEmpty()),
            new Item("actors' roles", P.getCase_Roles(), c -> !c.getRoles().isEmpty()),
            new Item("political profile", P.getCase_PoliticalProfile(), c -> c.getPoliticalProfile() != null),
            new Item("resource contributions", P.getCase_Contributions(), c -> !c.getContributions().isEmpty()),
            new Item("outcomes", P.getCase_Outcomes(), c -> !c.getOutcomes().isEmpty()),
            new Item("evidence", P.getCase_Evidence(), c -> !c.getEvidence().isEmpty()),
            new Item("notes", P.getCase_Notes(), c -> !c.getNotes().isEmpty()),
            new Item("sources", P.getCase_Sources(), c -> !c.getSources().isEmpty()));

    private Completeness() {
    }

    /** The score, 0 to 100. */
    public static int score(Case c) {
        long present = ITEMS.stream().filter(i -> i.present().test(c)).count();
        return (int) Math.round(100.0 * present / ITEMS.size());
    }

    /** What the case lacks. */
    public static List<Item> missing(Case c) {
        List<Item> out = new ArrayList<>();
        for (Item i : ITEMS) {
            if (!i.present().test(c)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

}
