package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Core's validation speaks the runtime's language (-nl pt here): the problems, their explanations and the advice. */
class PortugueseValidationTests {

    @Test
    void aValidationProblemAndItsExplanationArePortuguese() {
        Case c = CoprodFactory.eINSTANCE.createCase();
        c.setId("alpha");
        c.setName("F\u00f3rum do or\u00e7amento");
        c.getCountries().add("XX");
        List<String> messages = LibraryValidation.leaves(LibraryValidation.validate(c, Severities.DEFAULTS, true)).stream()
                .map(Diagnostic::getMessage).toList();
        String theCase = "Caso 'F\u00f3rum do or\u00e7amento' [alpha]";
        assertTrue(messages.contains(theCase + " (pa\u00edses): 'XX' n\u00e3o \u00e9 um c\u00f3digo ISO 3166-1 alfa-2"),
                messages.toString());
        assertTrue(messages.contains(theCase + " (summary): ainda sem resumo; uma nota t\u00e9cnica usa esse dado"),
                messages.toString());
        assertEquals("Os pa\u00edses s\u00e3o guardados como c\u00f3digos ISO 3166-1 alfa-2 (como BR ou GB), para que"
                + " as compara\u00e7\u00f5es por pa\u00eds encontrem todos os casos.", ProblemCode.BAD_COUNTRY.explanation());
    }
}
