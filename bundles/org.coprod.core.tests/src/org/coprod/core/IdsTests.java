package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void accentsAreDroppedNotTurnedIntoDashes() {
        // the importer's old copy made "actor-s-o-paulo" of this name
        assertEquals("sao-paulo-housing-movement", Ids.fromName("São Paulo housing movement", "case"));
        assertEquals("conselho-do-orcamento-participativo", Ids.fromName("Conselho do Orçamento Participativo", "case"));
    }

    @Test
    void aNameWithNothingToKeepGivesTheFallback() {
        assertEquals("case", Ids.fromName("— ? —", "case"));
        assertEquals("case", Ids.fromName(null, "case"));
    }

    @Test
    void aLongNameIsCutWithoutATrailingDash() {
        // the 48th character is the dash after "budgetings": the editor's old copy kept it
        String id = Ids.fromName("A very long name for a participatory budgetings council", "case");
        assertTrue(id.length() <= Ids.MAX_LENGTH, id);
        assertEquals("a-very-long-name-for-a-participatory-budgetings", id);
    }

    @Test
    void takenIdsGetTheFirstFreeNumber() {
        Set<String> taken = Set.of("beacon", "beacon-2");
        assertEquals("beacon-3", Ids.unique("beacon", taken::contains));
        assertEquals("tackley", Ids.unique("tackley", taken::contains));
    }
}
