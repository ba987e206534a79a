package org.coprod.refi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.refi.ProjectExport;
import org.coprod.refi.RefiImport;
import org.coprod.refi.RefiPlan;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import in the workbench is one edit: Undo takes it all back, Redo brings it again, Save writes it. */
class ApplyRefiImportTests {

    @TempDir
    Path dir;

    @Test
    void anImportIsOneUndoableEditThatASaveWrites() throws Exception {
        Path qdpx = dir.resolve("cases.qdpx");
        new ProjectExport(ExchangeLibraries.coded(dir.resolve("source"))).write(qdpx, false, new NullProgressMonitor());
        Path folder = Library.create(dir.resolve("target"), "Target").folder();
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        int codes = session.library().root().getCodebook().getCodes().size();
        RefiPlan plan = new RefiImport(session.library(), RefiImport.Options.DEFAULT).plan(qdpx, null);
        List<Path> written = plan.writeDocuments(session.folder());
        assertEquals(1, written.size(), "the document's text, written before the edit");
        assertTrue(session.execute(ApplyRefiImport.of(session.library(), plan)));
        assertEquals(2, session.library().root().getCases().size());
        assertEquals(codes + 3, session.library().root().getCodebook().getCodes().size());
        assertTrue(session.isDirty());
        assertTrue(session.commandStack().getUndoCommand().getLabel().startsWith("Import 2 Cases from cases.qdpx"));

        session.commandStack().undo();
        assertEquals(0, session.library().root().getCases().size());
        assertEquals(codes, session.library().root().getCodebook().getCodes().size());
        assertEquals(0, session.library().root().getDocuments().size());
        session.commandStack().redo();
        assertEquals(2, session.library().root().getCases().size());
        assertEquals(5, session.library().root().getCases().stream().mapToInt(c -> c.getSegments().size()).sum());

        session.save();
        Library saved = Library.open(folder);
        assertEquals(2, saved.root().getCases().size());
        assertEquals("Trust", saved.root().getCodebook().getCodes().stream().filter(c -> "Trust".equals(c.getName())).findFirst()
                .orElseThrow().getName());
        assertTrue(Files.isRegularFile(written.get(0)));
        assertFalse(session.isDirty());
    }

    @Test
    void aPlanWithErrorsIsNoEdit() throws Exception {
        Library source = ExchangeLibraries.coded(dir.resolve("source"));
        Path qdpx = dir.resolve("cases.qdpx");
        new ProjectExport(source).write(qdpx, false, new NullProgressMonitor());
        WorkbenchSession session = WorkbenchSession.open(source.folder(), new NullProgressMonitor());
        RefiPlan plan = new RefiImport(session.library(), RefiImport.Options.DEFAULT).plan(qdpx, null);
        assertFalse(ApplyRefiImport.of(session.library(), plan).canExecute(), "the library has both cases");
    }
}
