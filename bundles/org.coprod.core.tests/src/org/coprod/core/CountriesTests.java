package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountriesTests {

    @Test
    void storedCodesAreExactTypedCodesAreForgiving() {
        assertTrue(Countries.isCode("BR"));
        assertFalse(Countries.isCode("br"), "the library stores upper case; the validator flags anything else");
        assertFalse(Countries.isCode("XX"));
        assertEquals("BR", Countries.code(" br "));
        assertNull(Countries.code("Brazil"));
        assertNull(Countries.code(null));
    }

    @Test
    void namesAreEnglishAndAnUnknownCodeIsShownAsItIs() {
        assertEquals("Pakistan", Countries.name("PK"));
        assertEquals("Brazil", Countries.name("br"));
        assertEquals("XX", Countries.name("XX"));
        assertEquals("", Countries.name(null), "export's old copy printed the word null");
    }
}
