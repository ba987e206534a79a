package org.coprod.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Sector;
import org.junit.jupiter.api.Test;

/** The editor reads typed enumeration values by the importer's rule, so a spreadsheet's spelling works in a field too. */
class AttributeValuesTests {

    @Test
    void enumerationValuesAreReadByLabelOrNameInAnyCase() {
        // the editor's old rule was the exact label, then the upper-cased name: "In Kind" and "IN-KIND" were refused
        assertEquals(ContributionKind.IN_KIND, AttributeValues.parse(null, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__KIND, "In Kind"));
        assertEquals(ContributionKind.IN_KIND, AttributeValues.parse(null, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__KIND, "IN-KIND"));
        assertEquals(Sector.values()[0], AttributeValues.parse(null, CoprodPackage.Literals.CASE__SECTORS, Sector.values()[0].getName()));
        assertNull(AttributeValues.parse(null, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__KIND, " "));
    }

    @Test
    void anUnknownValueIsRefusedWithTheValuesThatWouldDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributeValues.parse(null, CoprodPackage.Literals.RESOURCE_CONTRIBUTION__KIND, "cash"));
        assertTrue(e.getMessage().contains("'cash' is not a known Kind value") && e.getMessage().contains("in-kind"), e.getMessage());
    }
}
