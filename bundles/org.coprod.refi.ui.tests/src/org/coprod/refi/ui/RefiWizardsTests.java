package org.coprod.refi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.coprod.core.Library;
import org.coprod.core.documents.DocumentFiles;
import org.coprod.refi.RefiImport;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REFI-QDA wizards on a real shell: what the import page lists before anything changes, and what the export writes. */
class RefiWizardsTests {

    @TempDir
    Path dir;
    private Shell shell;
    private WorkbenchSession session;
    private String informed;

    @BeforeEach
    void open() throws Exception {
        session = WorkbenchSession.open(ExchangeLibraries.coded(dir.resolve("lib")).folder(), new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private RefiImportWizard importWizard() {
        return new RefiImportWizard(session) {
            @Override
            void inform(String message) {
                informed = message;
            }
        };
    }

    private static WizardDialog opened(Shell shell, Wizard wizard) {
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private Path project(String body) throws Exception {
        Path file = dir.resolve("other.qdpx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<?xml version=\"1.0\"?>" + body).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void theImportListsWhatItCannotCarryOverBeforeAnythingChangesAndFinishIsOneEdit() throws Exception {
        Path file = project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"From NVivo\" origin=\"NVivo\"><Sources>"
                + "<TextSource guid=\"a2b94468-80a5-412f-92d6-e900d97b55a6\" name=\"Gamma interview\"><PlainTextContent>Residents met."
                + "</PlainTextContent><PlainTextSelection guid=\"d1000000-0000-4000-8000-000000000001\" startPosition=\"0\""
                + " endPosition=\"9\"><Coding guid=\"e1000000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\""
                + "3f1e2d4c-5b6a-4789-8a9b-0c1d2e3f4a5b\"/></Coding></PlainTextSelection></TextSource>"
                + "<PictureSource guid=\"a1000000-0000-4000-8000-000000000001\" name=\"Map photo\"/></Sources></Project>");
        RefiImportWizard wizard = importWizard();
        WizardDialog dialog = opened(shell, wizard);
        try {
            wizard.filePage().choose(file, RefiImport.Existing.REFUSE);
            assertTrue(wizard.filePage().isPageComplete());
            dialog.showPage(wizard.reportPage());
            List<String> rows = wizard.reportPage().rows();
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("not carried over | PictureSource | Map photo | ")), rows.toString());
            assertTrue(wizard.reportPage().summary().startsWith("Importing adds 1 cases"), wizard.reportPage().summary());
            assertEquals(2, session.library().root().getCases().size(), "nothing changes before Finish");
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        assertEquals(3, session.library().root().getCases().size());
        assertNotNull(informed);
        assertEquals("Residents", session.findCase("gamma-interview").getSegments().get(0).getQuote(),
                "coded with the library's own Savings code, matched by GUID");
        List<Path> imported = importedDocumentFiles();
        assertEquals(1, imported.size(), "the document's text was written under documents/");
        String text = Files.readString(imported.get(0), StandardCharsets.UTF_8);
        session.commandStack().undo();
        assertEquals(2, session.library().root().getCases().size());
        assertTrue(Files.isRegularFile(imported.get(0)), "kept until a save no longer names it");
        session.save();
        assertFalse(Files.exists(imported.get(0)), "the save without the import deletes the file it wrote");
        session.commandStack().redo();
        assertEquals(text, Files.readString(imported.get(0), StandardCharsets.UTF_8), "redo writes it back");
        session.save();
        assertTrue(Files.isRegularFile(imported.get(0)), "and a save with the import keeps it");
    }

    /** The text files under documents/ of documents the REFI import brought (the coded library's own have other ids). */
    private List<Path> importedDocumentFiles() {
        return session.library().root().getDocuments().stream().filter(d -> "Gamma interview".equals(d.getTitle()))
                .map(d -> DocumentFiles.textFile(session.folder(), d)).toList();
    }

    /**
     * Seen in the running product: the long sentence under the choices widened the label column, so the file field
     * started halfway across the page; and the page opened with an error before anything was typed.
     */
    @Test
    void theFileFieldStartsBesideItsLabelAndAnEmptyPageIsNoError() throws Exception {
        RefiImportWizard wizard = importWizard();
        WizardDialog dialog = opened(shell, wizard);
        try {
            Composite area = (Composite) wizard.filePage().getControl();
            Label label = (Label) area.getChildren()[0];
            Text field = (Text) area.getChildren()[1];
            assertEquals("&File:", label.getText());
            int gap = field.getBounds().x - (label.getBounds().x + label.getBounds().width);
            assertTrue(gap < 30, "the field starts " + gap + " px after its label");
            assertEquals(null, wizard.filePage().getErrorMessage());
            assertFalse(wizard.filePage().isPageComplete());
            wizard.filePage().choose(dir.resolve("missing.qdpx"), RefiImport.Existing.REFUSE);
            assertTrue(wizard.filePage().getErrorMessage().startsWith("No such file"), wizard.filePage().getErrorMessage());
        } finally {
            dialog.close();
        }
    }

    @Test
    void aHostileFileIsRefusedOnTheReportPageAndCannotBeFinished() throws Exception {
        Path file = project("<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Project name=\"&x;\"/>");
        RefiImportWizard wizard = importWizard();
        WizardDialog dialog = opened(shell, wizard);
        try {
            wizard.filePage().choose(file, RefiImport.Existing.REFUSE);
            dialog.showPage(wizard.reportPage());
            assertTrue(wizard.reportPage().getErrorMessage().contains("DOCTYPE"), wizard.reportPage().getErrorMessage());
            assertFalse(wizard.canFinish());
        } finally {
            dialog.close();
        }
        assertEquals(2, session.library().root().getCases().size());
    }

    @Test
    void theProjectExportWritesTheTickedCases() throws Exception {
        RefiExportWizard wizard = new RefiExportWizard(RefiExportWizard.Kind.PROJECT, session, List.of()) {
            @Override
            void inform(String message) {
                informed = message;
            }
        };
        WizardDialog dialog = opened(shell, wizard);
        Path out = dir.resolve("beta.qdpx");
        try {
            wizard.page().choose(out, List.of(session.findCase("beta")));
            assertTrue(wizard.page().isPageComplete());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        assertTrue(informed.startsWith("1 cases, 1 documents and 1 coded passages"), informed);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(qde.contains("name=\"Beta village shop\"") && !qde.contains("Alpha budget forum"), qde);
        }
        Library unchanged = Library.open(session.folder());
        assertEquals(2, unchanged.root().getCases().size());
    }

    @Test
    void theCodebookExportRefusesAFileOfAnotherKind() throws Exception {
        RefiExportWizard wizard = new RefiExportWizard(RefiExportWizard.Kind.CODEBOOK, session, List.of());
        WizardDialog dialog = opened(shell, wizard);
        try {
            wizard.page().choose(dir.resolve("codes.qdpx"), List.of());
            assertFalse(wizard.page().isPageComplete());
            assertTrue(wizard.page().getErrorMessage().contains(".qdc"));
        } finally {
            dialog.close();
        }
    }
}
