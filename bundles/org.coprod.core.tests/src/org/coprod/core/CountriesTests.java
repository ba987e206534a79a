package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

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

    @Test
    void namesFollowTheLanguageAskedFor() {
        assertEquals("Brasil", Countries.name("BR", Locale.of("pt")));
        assertEquals("Sudáfrica", Countries.name("ZA", Locale.of("es")));
        assertEquals("Afrique du Sud", Countries.name("ZA", Locale.of("fr")));
        assertEquals("Paquistão", Countries.name("PK", Locale.of("pt")));
        assertEquals("Brasil (BR)", Countries.label("BR", Locale.of("pt")));
        assertEquals("XX", Countries.label("XX", Locale.of("pt")), "an unknown code gets no made-up name");
    }
}
