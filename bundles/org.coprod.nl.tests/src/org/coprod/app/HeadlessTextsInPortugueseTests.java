package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coprod.agreement.CaseMeasure;
import org.coprod.agreement.Figure;
import org.coprod.core.importer.ImportProblem;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * What the headless bundles say to the workbench comes in the runtime's language (-nl pt here): core's validation
 * problems, their explanations and advice, an import's problems, and the agreement measures' names and reasons.
 */
class HeadlessTextsInPortugueseTests {

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

    @Test
    void anImportProblemSaysItsRowAndColumnInPortuguese() {
        assertEquals("linha 3, coluna 'name' (aviso): algo",
                new ImportProblem(3, "name", "algo", ImportProblem.Severity.WARNING).toString());
    }

    @Test
    void anAgreementMeasureAndWhyItIsNotDefinedArePortuguese() {
        assertEquals("motiva\u00e7\u00f5es", CaseMeasure.DRIVERS.label());
        assertEquals("n\u00e3o definido (o texto est\u00e1 vazio)", Figure.notDefined("o texto est\u00e1 vazio").text());
    }
}
