package org.coprod.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
        assertEquals(List.of("GB", "PK", "(none)"), groups.stream().map(Group::key).toList());
    }
}
