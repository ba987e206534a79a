package org.coprod.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.coprod.ui.navigator.Grouping.Group;
import org.coprod.ui.summary.CaseSummary;
import org.junit.jupiter.api.Test;

/** The navigator's groupings. */
class GroupingTests {

    private static final CaseSummary BEACON = CaseSummary.ofCells("beacon", "Beacon", List.of("GB"), List.of("regeneration", "housing"),
            "mixed", "case study", 1999, List.of("bovaird:P1-D1", "bovaird:P2-D2", "bovaird:P3-D2"));
    private static final CaseSummary OPP = CaseSummary.ofCells("opp", "Orangi Pilot Project", List.of("PK"), List.of("sanitation"),
            "NGO/professional-led", "case study", 1980, List.of("bovaird:P2-D2"));
    private static final CaseSummary BARE = CaseSummary.ofCells("bare", "Undocumented", List.of(), List.of(), "", "", null, List.of());

    @Test
    void aCaseAppearsUnderEveryCellItPassedThrough() {
        List<Group> groups = Grouping.CELL.groups(List.of(BEACON, OPP, BARE));
        assertEquals(List.of("P1-D1", "P2-D2", "P3-D2", "(none)"), groups.stream().map(Group::key).toList());
        assertEquals(List.of(BEACON, OPP), groups.get(1).cases());
    }

    @Test
    void casesWithoutACountryGoLast() {
        List<Group> groups = Grouping.COUNTRY.groups(List.of(OPP, BARE, BEACON));
        // countries in the order of their names (Pakistan before United Kingdom), not of their codes
        assertEquals(List.of("PK", "GB", "(none)"), groups.stream().map(Group::key).toList());
    }

    @Test
    void countriesAreNamedAndSortedInTheWorkbenchsLanguage() {
        CaseSummary brazil = CaseSummary.ofCells("br", "Brazilian", List.of("BR"), List.of(), "", "", null, List.of());
        CaseSummary germany = CaseSummary.ofCells("de", "German", List.of("DE"), List.of(), "", "", null, List.of());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            List<Group> english = Grouping.COUNTRY.groups(List.of(germany, brazil, BARE));
            assertEquals(List.of("Brazil (BR) (1)", "Germany (DE) (1)", "(none) (1)"), english.stream().map(Group::toString).toList());
            Locale.setDefault(Locale.of("pt", "BR"));
            List<Group> portuguese = Grouping.COUNTRY.groups(List.of(germany, brazil, BARE));
            assertEquals(List.of("Alemanha (DE) (1)", "Brasil (BR) (1)", "(none) (1)"), portuguese.stream().map(Group::toString).toList());
            assertEquals(List.of("DE", "BR", "(none)"), portuguese.stream().map(Group::key).toList(), "the keys stay the codes");
        } finally {
            Locale.setDefault(before);
        }
    }
}
