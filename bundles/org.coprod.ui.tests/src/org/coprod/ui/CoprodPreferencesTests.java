package org.coprod.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the workbench remembers across restarts: the recent libraries and the choices of its views. */
class CoprodPreferencesTests {

    @AfterEach
    void forget() {
        CoprodPreferences.node().remove(CoprodPreferences.RECENT_LIBRARIES);
        CoprodPreferences.node().remove(CoprodPreferences.LAST_LIBRARY);
        CoprodPreferences.node().remove(CoprodPreferences.GROUPING);
    }

    @Test
    void recentLibrariesAreNewestFirstWithoutRepeatsAndAtMostSix() {
        for (String lib : List.of("/a", "/b", "/c", "/a")) {
            CoprodPreferences.setLastLibrary(lib);
        }
        assertEquals(List.of("/a", "/c", "/b"), CoprodPreferences.recentLibraries());
        for (int i = 0; i < 10; i++) {
            CoprodPreferences.setLastLibrary("/lib" + i);
        }
        assertEquals(6, CoprodPreferences.recentLibraries().size());
        assertEquals("/lib9", CoprodPreferences.recentLibraries().get(0));
        assertEquals("/lib9", CoprodPreferences.lastLibrary());
    }

    @Test
    void aRememberedChoiceComesBackAndAnUnknownOneFallsBack() {
        assertEquals("COUNTRY", CoprodPreferences.remembered(CoprodPreferences.GROUPING, "COUNTRY"));
        CoprodPreferences.remember(CoprodPreferences.GROUPING, "SECTOR");
        assertEquals("SECTOR", CoprodPreferences.remembered(CoprodPreferences.GROUPING, "COUNTRY"));
    }
}
