package org.coprod.ui;

import java.util.function.Consumer;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.coprod.ui.editor.ContainmentTable;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.testing.FixtureLibraries;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.editor.CaseForm;
import org.coprod.ui.editor.FieldBinder;
import org.coprod.ui.editor.OverviewPage;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library session on the real sample library, edited through the case editor's real Overview page on a shell. */
class WorkbenchSessionTests {

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private final List<WorkbenchSession.Observer> observers = new ArrayList<>();

    @BeforeEach
    void shell() {
        display = Display.getDefault();
        shell = new Shell(display);
        toolkit = new FormToolkit(display);
    }

    @AfterEach
    void dispose() {
        observers.forEach(WorkbenchSession::removeObserver);
        toolkit.dispose();
        shell.dispose();
    }

    @Test
    void openingTheSampleLibraryListsASummaryForEveryCase() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        int cases = session.library().root().getCases().size();
        assertTrue(cases >= 100, "the sample library has its cases: " + cases);
        assertEquals(cases, session.summaries().size());
        assertTrue(session.isLoaded());
        assertEquals(session, WorkbenchSession.current());
        Case any = session.library().root().getCases().get(0);
        assertEquals(CaseSummary.of(any), session.summaries().stream().filter(s -> s.id().equals(any.getId())).findFirst().orElseThrow());
    }

    @Test
    void aFieldChangedInTheEditorIsUndoneRedoneSavedAndSeenAfterReopening() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case c = session.library().root().getCases().get(3);
        String original = c.getName();
        Composite body = toolkit.createComposite(shell);
        CaseForm form = new CaseForm(session, c, toolkit);
        FieldBinder.Binding name = OverviewPage.fill(body, form);
        observe(s -> form.refresh());
        Text text = (Text) name.control();
        assertEquals(original, text.getText());

        text.setText("Renamed by the test");
        form.binder().commit(name);
        assertEquals("Renamed by the test", c.getName());
        assertTrue(session.isDirty());
        assertTrue(session.summaries().stream().anyMatch(s -> s.name().equals("Renamed by the test")), "the navigator's summary follows");

        session.commandStack().undo();
        assertEquals(original, c.getName());
        assertEquals(original, text.getText(), "the field shows the undone value");
        assertFalse(session.isDirty());

        session.commandStack().redo();
        assertEquals("Renamed by the test", text.getText());
        session.save();
        assertFalse(session.isDirty());

        Case reread = Library.open(folder).findCase(c.getId()).orElseThrow();
        assertEquals("Renamed by the test", reread.getName());
        WorkbenchSession reopened = WorkbenchSession.open(folder, new NullProgressMonitor());
        assertEquals("Renamed by the test", reopened.findCase(c.getId()).getName());
    }

    @Test
    void textThatIsNotAYearIsRefusedAtTheFieldAndChangesNothing() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().get(0);
        Integer before = c.getPeriodStart();
        CaseForm form = new CaseForm(session, c, toolkit);
        OverviewPage.fill(toolkit.createComposite(shell), form);
        FieldBinder.Binding start = form.binder().find(c, CoprodPackage.Literals.CASE__PERIOD_START);
        ((Text) start.control()).setText("nineteen-ninety");
        form.binder().commit(start);
        assertEquals(before, c.getPeriodStart());
        assertFalse(session.commandStack().canUndo());
    }

    @Test
    void aValidationErrorShowsAtItsFieldAndGoesWhenFixed() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().get(0);
        CaseForm form = new CaseForm(session, c, toolkit);
        OverviewPage.fill(toolkit.createComposite(shell), form);
        observe(s -> form.refresh());
        FieldBinder.Binding start = form.binder().find(c, CoprodPackage.Literals.CASE__PERIOD_START);
        FieldBinder.Binding end = form.binder().find(c, CoprodPackage.Literals.CASE__PERIOD_END);
        ((Text) start.control()).setText("2010");
        form.binder().commit(start);
        ((Text) end.control()).setText("1990");
        form.binder().commit(end);
        assertTrue(form.binder().decorationShown(end), "the end year shows the validator's error");
        ((Text) end.control()).setText("2015");
        form.binder().commit(end);
        assertFalse(form.binder().decorationShown(end));
    }

    @Test
    void savingWritesOnlyTheCasesThatChanged() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case edited = session.library().root().getCases().get(0);
        Case untouched = session.library().root().getCases().get(1);
        Path untouchedFile = session.library().caseFile(untouched);
        Files.setLastModifiedTime(untouchedFile, FileTime.fromMillis(1_000_000_000L));
        session.execute(SetCommand.create(session.editingDomain(), edited,
                CoprodPackage.Literals.CASE__SUMMARY, "A new summary"));
        session.save();
        assertEquals(1_000_000_000L, Files.getLastModifiedTime(untouchedFile).toMillis());
        assertTrue(Files.readString(session.library().caseFile(edited)).contains("A new summary"));
    }

    @Test
    void deletingACaseIsUndoableAndSavingRemovesItsFile() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        Case victim = session.library().root().getCases().get(5);
        Path file = session.library().caseFile(victim);
        int before = session.summaries().size();
        List<String> deleted = new ArrayList<>();
        WorkbenchSession.Observer listener = new WorkbenchSession.Observer() {
            @Override
            public void casesDeleted(WorkbenchSession s, List<String> ids) {
                deleted.addAll(ids);
            }
        };
        WorkbenchSession.addObserver(listener);
        try {
            session.execute(session.cases().delete(List.of(victim)));
            assertEquals(before - 1, session.summaries().size());
            session.commandStack().undo();
            assertEquals(before, session.summaries().size());
            assertNotNull(session.findCase(victim.getId()));
            session.commandStack().redo();
            session.save();
            assertFalse(Files.exists(file));
            assertEquals(List.of(victim.getId()), deleted);
        } finally {
            WorkbenchSession.removeObserver(listener);
        }
    }

    @Test
    void aNewCaseGetsAFreshIdAndIsSavedToItsOwnFile() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        String name = session.library().root().getCases().get(0).getName();
        var command = session.cases().newCase(name);
        assertTrue(session.execute(command));
        Case created = (Case) command.getResult().iterator().next();
        assertNotEquals(session.library().root().getCases().get(0).getId(), created.getId());
        session.save();
        assertTrue(Files.isRegularFile(folder.resolve("cases").resolve(created.getId() + ".xmi")));
        assertNotNull(Library.open(folder).findCase(created.getId()).orElse(null));
    }

    @Test
    void aNewNoteTakesItsAuthorAndLanguageFromThePreferencesAndIsUndoable() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case c = session.library().root().getCases().get(0);
        CoprodPreferences.node().put(CoprodPreferences.AUTHOR, "Ana Test");
        CoprodPreferences.node().put(CoprodPreferences.LANGUAGE, "pt");
        try {
            CaseForm form = new CaseForm(session, c, toolkit);
            ContainmentTable notes = form.table(toolkit.createComposite(shell), "Notes", null, () -> c,
                    CoprodPackage.Literals.CASE__NOTES, "title", "author");
            int before = c.getNotes().size();
            Note note = (Note) notes.add();
            assertEquals(before + 1, c.getNotes().size());
            assertEquals("Ana Test", note.getAuthor());
            assertEquals("pt", note.getLanguage());
            assertNotNull(note.getDate());
            session.commandStack().undo();
            assertEquals(before, c.getNotes().size());
        } finally {
            CoprodPreferences.node().remove(CoprodPreferences.AUTHOR);
            CoprodPreferences.node().remove(CoprodPreferences.LANGUAGE);
        }
    }

    @Test
    void anEditToOneCaseStarsOnlyThatCase() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case a = session.library().root().getCases().get(0);
        Case b = session.library().root().getCases().get(1);
        var summary = CoprodPackage.Literals.CASE__SUMMARY;
        session.execute(SetCommand.create(session.editingDomain(), a, summary, "edited, then undone"));
        assertTrue(session.hasUnsavedChanges(a));
        session.commandStack().undo();
        assertFalse(session.hasUnsavedChanges(a), "undone back to its saved state");
        session.execute(SetCommand.create(session.editingDomain(), b, summary, "edited"));
        assertTrue(session.hasUnsavedChanges(b));
        assertFalse(session.hasUnsavedChanges(a), "another case's edit does not star this one");
        session.save();
        assertFalse(session.hasUnsavedChanges(b));
        session.commandStack().undo();
        assertTrue(session.hasUnsavedChanges(b), "undoing a saved edit makes the case differ from its file again");
    }

    @Test
    void aDropOnSeveralCasesStarsEachOfThem() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case a = session.library().root().getCases().get(0);
        Case b = session.library().root().getCases().get(1);
        var compound = new CompoundCommand("Two edits");
        var summary = CoprodPackage.Literals.CASE__SUMMARY;
        compound.append(SetCommand.create(session.editingDomain(), a, summary, "one"));
        compound.append(SetCommand.create(session.editingDomain(), b, summary, "two"));
        session.execute(compound);
        assertTrue(session.hasUnsavedChanges(a), "the first part of a compound command counts too");
        assertTrue(session.hasUnsavedChanges(b));
    }

    @Test
    void whileAnotherLibraryLoadsNoPartSeesTheOldDisposedOne() throws Exception {
        WorkbenchSession first = WorkbenchSession.open(SampleLibraries.copy(dir.resolve("a")), new NullProgressMonitor());
        assertEquals(first, WorkbenchSession.current());
        WorkbenchSession second = WorkbenchSession.prepare(SampleLibraries.copy(dir.resolve("b")), new NullProgressMonitor());
        second.activate();
        assertNotEquals(first, WorkbenchSession.current(), "search and export must not reach the replaced library");
        second.load(new NullProgressMonitor());
        second.loaded();
        assertEquals(second, WorkbenchSession.current());
    }

    @Test
    void aClosedLibraryLeavesNoSessionAndTellsTheViews() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        int[] closed = { 0 };
        WorkbenchSession.Observer o = new WorkbenchSession.Observer() {
            @Override
            public void sessionClosed() {
                closed[0]++;
            }
        };
        observers.add(o);
        WorkbenchSession.addObserver(o);
        assertEquals(session, WorkbenchSession.active());
        WorkbenchSession.closeActive();
        assertEquals(null, WorkbenchSession.active());
        assertEquals(null, WorkbenchSession.current());
        assertEquals(1, closed[0]);
        WorkbenchSession.closeActive();
        assertEquals(1, closed[0], "closing with no library open does nothing");
    }

    @Test
    void aPartThatComesLateIsToldOfTheOpenLibraryAsIfItHadBeenThere() throws Exception {
        WorkbenchSession loading = WorkbenchSession.prepare(FixtureLibraries.twoCases(dir.resolve("a")).folder(),
                new NullProgressMonitor());
        loading.activate();
        List<String> early = new ArrayList<>();
        follow(early);
        assertEquals(List.of("activated a"), early, "a library still loading is only said to have come");
        loading.load(new NullProgressMonitor());
        loading.loaded();
        assertEquals(List.of("activated a", "loaded a"), early);

        List<String> late = new ArrayList<>();
        follow(late);
        assertEquals(List.of("activated a", "loaded a"), late, "told in the order it would have been told");
        WorkbenchSession.closeActive();
        List<String> afterClosing = new ArrayList<>();
        follow(afterClosing);
        assertEquals(List.of(), afterClosing, "no library open: nothing to tell");
    }

    @Test
    void aSessionIsActiveUntilAnotherLibraryReplacesItOrItIsClosed() throws Exception {
        WorkbenchSession first = WorkbenchSession.open(FixtureLibraries.twoCases(dir.resolve("a")).folder(), new NullProgressMonitor());
        WorkbenchSession second = WorkbenchSession.prepare(FixtureLibraries.twoCases(dir.resolve("b")).folder(),
                new NullProgressMonitor());
        assertTrue(first.isActive());
        assertFalse(second.isActive(), "prepared, not yet shown");
        second.activate();
        assertFalse(first.isActive());
        assertTrue(second.isActive());
        WorkbenchSession.closeActive();
        assertFalse(second.isActive());
    }

    /** Follows the sessions, noting each activation and load with the library folder's name. */
    private void follow(List<String> told) {
        WorkbenchSession.Observer o = new WorkbenchSession.Observer() {
            @Override
            public void sessionActivated(WorkbenchSession s) {
                told.add("activated " + s.folder().getFileName());
            }

            @Override
            public void sessionLoaded(WorkbenchSession s) {
                told.add("loaded " + s.folder().getFileName());
            }
        };
        observers.add(o);
        WorkbenchSession.follow(o);
    }

    private void observe(Consumer<WorkbenchSession> onChange) {
        WorkbenchSession.Observer o = new WorkbenchSession.Observer() {
            @Override
            public void dirtyChanged(WorkbenchSession s) {
                onChange.accept(s);
            }
        };
        observers.add(o);
        WorkbenchSession.addObserver(o);
    }
}
