package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.coprod.agreement.Agreement;
import org.coprod.agreement.AgreementReport;
import org.coprod.agreement.CaseComparison;
import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportProblem;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.BriefFormat;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Phase;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;
import org.coprod.refi.Limits;
import org.coprod.refi.RefiException;
import org.coprod.refi.RefiImport;
import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.ShareException;
import org.coprod.share.SharedLibrary;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was still said in English reaches the user in Portuguese in this -nl pt runtime: a REFI-QDA file refused whole,
 * an export's destination refused, a sharing refusal (with the Share menu's entry where the command line names its
 * command) and Git's transport error wrapped, a unit of the coder comparison, and the type an import cell should hold.
 */
class RefusalsInPortugueseTests {

    @TempDir
    Path dir;

    private Library library() throws IOException {
        return Library.create(dir.resolve("lib"), "Lib");
    }

    private static RefiException refused(Library library, Path file, Limits limits) {
        RefiImport.Options options = new RefiImport.Options(RefiImport.Existing.REFUSE, limits);
        return assertThrows(RefiException.class, () -> new RefiImport(library, options).plan(file, null));
    }

    @Test
    void aRefiQdaFileClimbingOutOfTheProjectIsRefusedInPortuguese() throws Exception {
        Path file = dir.resolve("dots.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/../../evil.txt"));
            zip.write('x');
        }
        assertEquals("dots.qdpx: recusado: a entrada 'sources/../../evil.txt' sai do projeto com '..'",
                refused(library(), file, Limits.DEFAULT).getMessage());
    }

    @Test
    void aRefiQdaFileWithADoctypeOrBeyondTheSizeLimitIsRefusedInPortuguese() throws Exception {
        Library library = library();
        Path xxe = dir.resolve("xxe.qde");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&s;\"/>", StandardCharsets.UTF_8);
        String doctype = refused(library, xxe, Limits.DEFAULT).getMessage();
        assertTrue(doctype.contains("xxe.qde: recusado: declara um DOCTYPE (linha 2). "), doctype);
        assertTrue(doctype.endsWith("Arquivos REFI-QDA nunca precisam disso, e um DOCTYPE pode fazer um leitor de XML abrir outros"
                + " arquivos deste computador ou crescer sem fim"), doctype);
        Path big = dir.resolve("big.qde");
        Files.writeString(big, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Grande\"/>", StandardCharsets.UTF_8);
        long size = Files.size(big);
        assertEquals("big.qde: recusado: tem " + size + " bytes, mais do que os 10 bytes que um arquivo de projeto pode ter",
                refused(library, big, Limits.DEFAULT.withSizes(10, 100)).getMessage());
    }

    @Test
    void anExportsDestinationIsRefusedInPortugueseNamingWhatItWrites() throws Exception {
        Library library = library();
        BriefException folder = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.DOCX, dir, null, library.folder(), false).check());
        Path target = dir.toAbsolutePath().normalize();
        assertEquals(target + " \u00e9 uma pasta: d\u00ea um nome de arquivo para a nota t\u00e9cnica, por exemplo "
                + target.resolve("brief.docx"), folder.getMessage());
        Path inside = library.folder().resolve("brief.md");
        BriefException intoLibrary = assertThrows(BriefException.class,
                () -> new BriefExport(BriefFormat.MARKDOWN, inside, null, library.folder(), false).check());
        assertEquals("Grava\u00e7\u00e3o de " + inside.toAbsolutePath().normalize() + " recusada: fica dentro da biblioteca de casos "
                + library.folder() + ", e uma exporta\u00e7\u00e3o nunca grava sobre os arquivos da biblioteca", intoLibrary.getMessage());
    }

    @Test
    void aSharingRefusalNamesTheShareMenusEntryInTheWorkbenchAndTheCommandOnTheCommandLine() throws Exception {
        Library library = library();
        PersonIdent who = new PersonIdent("Ana", "ana@example.org");
        try (SharedLibrary shared = SharedLibrary.init(library.folder(), null, who)) {
            Files.writeString(library.folder().resolve(Library.LIBRARY_FILE), "\n", StandardOpenOption.APPEND);
            ShareException e = assertThrows(ShareException.class, () -> Exchange.pull(shared, Credentials.NONE, who, null));
            String refused = "N\u00e3o \u00e9 poss\u00edvel receber altera\u00e7\u00f5es: a biblioteca tem altera\u00e7\u00f5es ainda n\u00e3o"
                    + " registradas (o arquivo da biblioteca). Registre-as primeiro (";
            assertEquals(refused + "coprod share commit -m MESSAGE); nada foi alterado.", e.getMessage());
            assertEquals(refused + "Compartilhar > Registrar altera\u00e7\u00f5es...); nada foi alterado.", inTheWorkbench(e));
            ShareException noRemote = assertThrows(ShareException.class, () -> Exchange.push(shared, Credentials.NONE, null));
            assertEquals("A biblioteca n\u00e3o tem um remoto para onde enviar: indique um (Compartilhar > Definir remoto...)",
                    inTheWorkbench(noRemote));
        }
    }

    /** The workbench's wording, as the Share handlers show it (share.ui's NextSteps is package-private). */
    private static String inTheWorkbench(Throwable e) throws Exception {
        Method message = Platform.getBundle("org.coprod.share.ui").loadClass("org.coprod.share.ui.NextSteps")
                .getDeclaredMethod("message", Throwable.class);
        message.setAccessible(true);
        return (String) message.invoke(null, e);
    }

    @Test
    void gitsTransportErrorComesInsideAPortugueseSentence() throws Exception {
        String nowhere = dir.resolve("nowhere").toUri().toString();
        ShareException e = assertThrows(ShareException.class,
                () -> Exchange.clone(nowhere, dir.resolve("clone"), Credentials.NONE, null));
        assertTrue(e.getMessage().startsWith("N\u00e3o \u00e9 poss\u00edvel clonar "), e.getMessage());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void aCoderComparisonUnitIsShownInPortugueseAndKeyedInEnglish() throws Exception {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        CaseLibrary lib = f.createCaseLibrary();
        Typology bovaird = BovairdTypology.create();
        lib.getTypologies().add(bovaird);
        Case c = f.createCase();
        c.setId("alpha");
        c.setName("Alpha");
        lib.getCases().add(c);
        Phase phase = f.createPhase();
        phase.setId("p1");
        phase.setLabel("Planejamento");
        c.getPhases().add(phase);
        Coder ana = coder(lib, "ana");
        Coder ben = coder(lib, "ben");
        place(c, bovaird, "P1-D1", phase, ana);
        place(c, bovaird, "P3-D3", phase, ben);
        AgreementReport report = Agreement.inLibrary(lib, List.of(ana, ben));
        CaseComparison.Disagreement d = report.cases().disagreements().get(0);
        assertEquals("phase Planejamento", d.unit().detail(), "the key, the same in every language");
        assertEquals("alpha (fase Planejamento)", d.unit().shown());
        Class<?> rows = Platform.getBundle("org.coprod.agreement.ui").loadClass("org.coprod.agreement.ui.ComparisonRows");
        Method disagreements = rows.getDeclaredMethod("disagreements", AgreementReport.class);
        disagreements.setAccessible(true);
        Object line = ((List<?>) disagreements.invoke(null, report)).get(0);
        Method where = line.getClass().getDeclaredMethod("where");
        where.setAccessible(true);
        assertEquals("alpha (fase Planejamento)", where.invoke(line), "the Coder Comparison view's Where column");
    }

    private static Coder coder(CaseLibrary lib, String id) {
        Coder coder = CoprodFactory.eINSTANCE.createCoder();
        coder.setId(id);
        coder.setName(id);
        lib.getCoders().add(coder);
        return coder;
    }

    private static void place(Case c, Typology t, String cell, Phase phase, Coder coder) {
        TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
        coding.setCell(t.getCells().stream().filter(x -> x.getCode().equals(cell)).findFirst().orElseThrow());
        coding.setPhase(phase);
        coding.setCoder(coder);
        c.getCodings().add(coding);
    }

    @Test
    void anImportCellOfTheWrongValueNamesItsTypeInPortuguese() throws Exception {
        Library library = library();
        Path csv = dir.resolve("cases.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("id,name,sectors\nalpha,Alpha,encanamento\n".getBytes(StandardCharsets.UTF_8));
        }
        CaseImporter.Result result = new CaseImporter(library).importTable(CaseTable.read(csv), CaseImporter.Options.STRICT);
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("linha 2, coluna 'sectors': 'encanamento' n\u00e3o \u00e9 um valor de"
                + " setor (um destes: housing, ")), problems.toString());
    }
}
