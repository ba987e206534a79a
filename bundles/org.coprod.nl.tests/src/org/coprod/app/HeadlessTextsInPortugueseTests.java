package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.agreement.CaseMeasure;
import org.coprod.agreement.Figure;
import org.coprod.core.Library;
import org.coprod.core.importer.ImportProblem;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.coprod.model.Case;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.model.CoprodFactory;
import org.coprod.refi.ImportReport;
import org.coprod.refi.RefiImport;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the headless bundles say to the workbench comes in the runtime's language (-nl pt here): core's validation
 * problems, their explanations and advice, an import's problems, the agreement measures' names and reasons, why a
 * REFI-QDA import leaves an element out, and why a brief is refused.
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
        assertTrue(messages.contains(theCase + " (resumo): ainda sem resumo; uma nota t\u00e9cnica usa esse dado"),
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

    @Test
    void aRefiQdaImportSaysInPortugueseWhyAGraphIsLeftOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mapa.qde");
        Files.writeString(file, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Mapa\"><Graphs>"
                + "<Graph guid=\"5dfba8c9-59f5-4424-99d6-ea9bce18134e\" name=\"Atores\"><Vertex/><Vertex/></Graph>"
                + "</Graphs></Project>", StandardCharsets.UTF_8);
        Library library = Library.create(dir.resolve("lib"), "Lib");
        ImportReport report = new RefiImport(library, RefiImport.Options.DEFAULT).plan(file, null).report();
        assertEquals(List.of("os grafos (2 v\u00e9rtices) n\u00e3o t\u00eam lugar numa biblioteca"),
                report.entries(ImportReport.Kind.NOT_CARRIED).stream().map(ImportReport.Entry::detail).toList());
    }

    @Test
    void aBriefOfAnUnknownCaseIsRefusedInPortuguese(@TempDir Path dir) throws Exception {
        Library library = Library.create(dir.resolve("lib"), "Lib");
        BriefException e = assertThrows(BriefException.class, () -> BriefExport.cases(library, List.of("nenhum")));
        assertEquals("Identificador de caso desconhecido 'nenhum': a biblioteca em " + library.folder() + " n\u00e3o tem esse caso"
                + " (os identificadores s\u00e3o como 'porto-alegre-op')", e.getMessage());
    }
}
