package org.coprod.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.core.importer.CaseImporter;
import org.coprod.core.importer.CaseTable;
import org.coprod.core.importer.ImportPlan;
import org.coprod.model.Case;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import in the workbench: the importer's plan as one undoable command on the library's command stack. */
class ApplyImportTests {

    @TempDir
    Path dir;

    @Test
    void anImportIsOneEditThatUndoTakesBackWhole() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case existing = session.library().root().getCases().get(0);
        int cases = session.library().root().getCases().size();
        int actors = session.library().root().getActors().size();
        String oldSummary = existing.getSummary();
        Path csv = Files.writeString(dir.resolve("new.csv"), String.join("\n",
                "id,name,summary,countries,actors",
                "recife-pb,Recife participatory budget,Neighbourhood assemblies,BR,Recife neighbourhood forum|community organisation|co-planner|planning|",
                "lilongwe-water,Lilongwe water kiosks,Kiosks run by user associations,MW,",
                existing.getId() + ",\"" + existing.getName().replace("\"", "\"\"") + "\",A summary replaced by the import,,") + "\n");
        ImportPlan plan = new CaseImporter(session.library()).plan(CaseTable.read(csv), new CaseImporter.Options(false, true));
        assertTrue(plan.applicable(), plan.problems().toString());
        Command command = ApplyImport.of(session.editingDomain(), session.library().root(), session.cases(), plan);
        assertTrue(session.execute(command));
        assertEquals("Import 2 Cases (1 Case Changed)", session.commandStack().getUndoCommand().getLabel());
        assertEquals(cases + 2, session.library().root().getCases().size());
        assertEquals(actors + 1, session.library().root().getActors().size());
        assertEquals("A summary replaced by the import", existing.getSummary());
        assertTrue(session.hasUnsavedChanges(existing));

        session.commandStack().undo();
        assertEquals(cases, session.library().root().getCases().size());
        assertEquals(actors, session.library().root().getActors().size());
        assertEquals(oldSummary, existing.getSummary());
        assertNull(session.findCase("recife-pb"));
        assertFalse(session.isDirty());

        session.commandStack().redo();
        session.save();
        Library reopened = Library.open(folder);
        assertEquals(cases + 2, reopened.root().getCases().size());
        assertEquals("Recife participatory budget", reopened.findCase("recife-pb").orElseThrow().getName());
        assertEquals("A summary replaced by the import", reopened.findCase(existing.getId()).orElseThrow().getSummary());
    }

    @Test
    void aPlanWithErrorsIsNotApplied() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        int cases = session.library().root().getCases().size();
        Path csv = Files.writeString(dir.resolve("bad.csv"), "id,name,countries\ngood-one,Good,BR\nbad-one,Bad,XX\n");
        ImportPlan plan = new CaseImporter(session.library()).plan(CaseTable.read(csv), CaseImporter.Options.STRICT);
        assertFalse(ApplyImport.of(session.editingDomain(), session.library().root(), session.cases(), plan).canExecute());
        ImportPlan skipping = new CaseImporter(session.library()).plan(CaseTable.read(csv), new CaseImporter.Options(true, false));
        assertTrue(session.execute(ApplyImport.of(session.editingDomain(), session.library().root(), session.cases(), skipping)));
        assertEquals(cases + 1, session.library().root().getCases().size(), "only the good row");
        assertNull(session.findCase("bad-one"));
    }
}
