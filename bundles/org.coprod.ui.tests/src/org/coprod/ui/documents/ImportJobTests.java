package org.coprod.ui.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Document;
import org.coprod.ui.documents.ImportDocumentDialog.Request;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Document after its dialog: the extraction runs as a job, and its document joins the library and the
 * ticked cases as one undoable edit that is saved with them; a failed or cancelled extraction adds nothing.
 */
class ImportJobTests {

    @TempDir
    Path dir;
    private final List<String> failures = new ArrayList<>();
    private final List<Document> imported = new ArrayList<>();
    private final List<Path> discarded = new ArrayList<>();

    /** A stand-in for core's DocumentFiles: writes the text file as it would, or fails as asked. */
    private DocumentImport extraction(String failure, boolean waitForCancel) {
        return new DocumentImport() {
            @Override
            public Document add(Path libraryFolder, Path original, String title, String language, IProgressMonitor monitor)
                    throws IOException {
                while (waitForCancel) {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Thread.onSpinWait();
                }
                if (failure != null) {
                    throw new IOException(original + ": " + failure);
                }
                byte[] text = Files.readAllBytes(original);
                Document d = CoprodFactory.eINSTANCE.createDocument();
                d.setId("doc-imported");
                d.setTitle(title);
                d.setLanguage(language);
                d.setTextDigest(Texts.sha256(text));
                Files.createDirectories(libraryFolder.resolve("documents"));
                Files.write(libraryFolder.resolve("documents").resolve("doc-imported.txt"), text);
                return d;
            }

            @Override
            public void discard(Path libraryFolder, Document document) {
                discarded.add(libraryFolder);
            }
        };
    }

    private ImportJob job(CodedLibrary lib, Request request, DocumentImport extraction) {
        return new ImportJob(lib.session, request, extraction, Display.getDefault(), new ImportJob.Outcome() {
            @Override
            public void imported(Document document, Case first) {
                imported.add(document);
            }

            @Override
            public void failed(String message) {
                failures.add(message);
            }
        });
    }

    private static void runToEnd(ImportJob job) throws InterruptedException {
        job.schedule();
        job.join();
        while (Display.getDefault().readAndDispatch()) {
            // the job hands its document to the UI thread
        }
    }

    @Test
    void anImportedDocumentJoinsTheLibraryAndItsCasesInOneUndoableEditAndIsSaved() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Path file = Files.writeString(dir.resolve("interview.md"), "# Interview\nThe ward office helped.\n", StandardCharsets.UTF_8);
        Case first = lib.root().getCases().get(1);
        Case second = lib.root().getCases().get(2);
        int documents = lib.root().getDocuments().size();
        runToEnd(job(lib, new Request(file, "Interview", "en", lib.root().getSources().isEmpty() ? null : lib.root().getSources().get(0),
                List.of(first, second)), extraction(null, false)));

        assertEquals(List.of(), failures);
        Document d = imported.get(0);
        assertEquals(documents + 1, lib.root().getDocuments().size());
        assertTrue(first.getDocuments().contains(d) && second.getDocuments().contains(d));
        assertEquals("The ward office helped.", Texts.of(d).orElseThrow().lines().skip(1).findFirst().orElseThrow());
        lib.session.commandStack().undo();
        assertFalse(lib.root().getDocuments().contains(d), "one undo takes the document out of the library");
        assertFalse(first.getDocuments().contains(d) || second.getDocuments().contains(d), "and out of both cases");
        lib.session.commandStack().redo();
        lib.session.save();

        Library reread = Library.open(lib.folder);
        Document again = reread.root().getDocuments().stream().filter(x -> x.getId().equals("doc-imported")).findFirst().orElseThrow();
        assertEquals("Interview", again.getTitle());
        assertTrue(reread.findCase(first.getId()).orElseThrow().getDocuments().contains(again), "the case file refers to it");
        assertTrue(reread.findCase(second.getId()).orElseThrow().getDocuments().contains(again));
    }

    @Test
    void undoingAnImportRemovesItsFilesOnlyWhenTheSavedLibraryNoLongerNamesThemAndRedoBringsThemBack() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        String words = "# Visit\nThe ward office helped the residents.\n";
        Path file = Files.writeString(dir.resolve("visit.md"), words, StandardCharsets.UTF_8);
        Case first = lib.root().getCases().get(1);
        runToEnd(job(lib, new Request(file, "Visit", "en", null, List.of(first)), DocumentImport.EXTRACTION));
        Document d = imported.get(0);
        Path documents = lib.folder.resolve("documents");
        Path text = documents.resolve(d.getId() + ".txt");
        Path original = documents.resolve(d.getOriginalFile());
        assertTrue(Files.isRegularFile(text) && Files.isRegularFile(original), "the import wrote the text and the original");
        byte[] textBytes = Files.readAllBytes(text);

        // imported and saved, then undone: the saved library still names the document, so its files stay
        lib.session.save();
        lib.session.commandStack().undo();
        assertTrue(Files.isRegularFile(text) && Files.isRegularFile(original), "kept while the saved library names them");
        Library onDisk = Library.open(lib.folder);
        Document saved = onDisk.root().getDocuments().stream().filter(x -> x.getId().equals(d.getId())).findFirst().orElseThrow();
        assertTrue(Texts.of(saved).isPresent(), "a crash now leaves a library whose document opens");

        lib.session.save();
        assertFalse(Files.exists(text) || Files.exists(original), "the save without the document deletes its files");
        assertFalse(Library.open(lib.folder).root().getDocuments().stream().anyMatch(x -> x.getId().equals(d.getId())));

        lib.session.commandStack().redo();
        assertArrayEquals(textBytes, Files.readAllBytes(text), "redo writes the text back as it was imported");
        assertEquals(words, Files.readString(original, StandardCharsets.UTF_8), "and the original");
        lib.session.save();
        Library reread = Library.open(lib.folder);
        Document back = reread.root().getDocuments().stream().filter(x -> x.getId().equals(d.getId())).findFirst().orElseThrow();
        assertTrue(reread.findCase(first.getId()).orElseThrow().getDocuments().contains(back));
        assertTrue(Files.isRegularFile(text) && Files.isRegularFile(original), "a save with the document keeps its files");
    }

    @Test
    void anUndoneImportThatCanNoLongerBeRedoneHasItsFilesDeletedByTheNextSave() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Path file = Files.writeString(dir.resolve("visit.md"), "# Visit\nThe ward office helped.\n", StandardCharsets.UTF_8);
        Case first = lib.root().getCases().get(1);
        runToEnd(job(lib, new Request(file, "Visit", "en", null, List.of(first)), DocumentImport.EXTRACTION));
        Path text = lib.folder.resolve("documents").resolve(imported.get(0).getId() + ".txt");
        lib.session.commandStack().undo();
        // a new edit after the undo: the import leaves the stack and can never be redone
        assertTrue(lib.session.execute(new SetCommand(lib.session.editingDomain(), first, CoprodPackage.Literals.CASE__NAME, "Renamed")));
        assertFalse(lib.session.commandStack().canRedo());
        assertTrue(Files.isRegularFile(text), "still there until a save");
        lib.session.save();
        assertFalse(Files.exists(text), "the save deletes what nothing names and nothing can bring back");
    }

    @Test
    void aSaveNeverDeletesTheFilesOfADocumentTheLibraryStillNames() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Path file = Files.writeString(dir.resolve("visit.md"), "# Visit\nThe ward office helped.\n", StandardCharsets.UTF_8);
        Case first = lib.root().getCases().get(1);
        runToEnd(job(lib, new Request(file, "Visit", "en", null, List.of(first)), DocumentImport.EXTRACTION));
        Document d = imported.get(0);
        Path text = lib.folder.resolve("documents").resolve(d.getId() + ".txt");
        lib.session.commandStack().undo();
        // the same document joins the library again by another edit (as a REFI-QDA merge or a paste could)
        assertTrue(lib.session.execute(new AddCommand(lib.session.editingDomain(), lib.root(),
                CoprodPackage.Literals.CASE_LIBRARY__DOCUMENTS, d)));
        lib.session.save();
        assertTrue(Files.isRegularFile(text), "named by the saved library: kept");
    }

    @Test
    void aFileThatCannotBeReadIsReportedByNameAndAddsNothing() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Path file = dir.resolve("scan.pdf");
        runToEnd(job(lib, new Request(file, "Scan", "en", null, List.of(lib.theCase())), extraction("has no text", false)));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("scan.pdf") && failures.get(0).contains("has no text"), failures.get(0));
        assertFalse(lib.session.isDirty());
        assertTrue(imported.isEmpty());
    }

    @Test
    void aCancelledExtractionAddsNothing() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Path file = Files.writeString(dir.resolve("long.txt"), "text");
        ImportJob job = job(lib, new Request(file, "Long", "en", null, List.of(lib.theCase())), extraction(null, true));
        job.schedule();
        Thread.sleep(100);
        job.cancel();
        job.join();
        while (Display.getDefault().readAndDispatch()) {
            // nothing should arrive
        }
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(imported.isEmpty() && failures.isEmpty());
        assertFalse(lib.session.isDirty());
    }

    @Test
    void theDialogNamesTheFieldThatIsWrongAndPreselectsTheCurrentCase() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        Shell shell = new Shell(Display.getDefault());
        ImportDocumentDialog dialog = new ImportDocumentDialog(shell, lib.root(), List.of(lib.theCase()));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertTrue(dialog.problem().startsWith("File:"), dialog.problem());
            List<Text> texts = new ArrayList<>();
            collect(dialog.getShell(), texts);
            Text file = texts.get(0);
            Text title = texts.get(1);
            Text language = texts.get(2);
            file.setText(dir.resolve("notes.odt").toString());
            assertTrue(dialog.problem().contains("does not exist"), dialog.problem());
            Files.writeString(dir.resolve("notes.odt"), "x");
            file.setText(dir.resolve("notes.odt") + " ");
            assertTrue(dialog.problem().contains("cannot be imported"), dialog.problem());
            Path md = Files.writeString(dir.resolve("field notes.md"), "# Notes");
            file.setText(md.toString());
            assertEquals("field notes", title.getText(), "the title comes from the file name");
            language.setText("english");
            assertTrue(dialog.problem().startsWith("Language:"), dialog.problem());
            language.setText("pt");
            assertNull(dialog.problem(), "the current case is ticked already");
            Button ok = button(dialog.getShell(), "&Import");
            assertTrue(ok.isEnabled());
            ok.notifyListeners(SWT.Selection, new Event());
            Request r = dialog.request();
            assertNotNull(r);
            assertEquals(List.of(lib.theCase()), r.cases());
            assertEquals("pt", r.language());
            assertEquals(md, r.file());
        } finally {
            dialog.close();
            shell.dispose();
        }
    }

    private static Button button(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Control c, List<Text> out) {
        if (c instanceof Text t) {
            out.add(t);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }
}
