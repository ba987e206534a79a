package org.coprod.share.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.IndexJob;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.coprod.search.ui.LibraryIndex;
import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.PullResult;
import org.coprod.share.SharedLibrary;
import org.coprod.testing.FixtureLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull into a library open in the workbench, on real SWT with the real search index: the session shows what the pull
 * merged and the index finds it, with only the pulled cases read again; edits typed while the pull ran are kept.
 */
class PullIntoSessionTests {

    private static final PersonIdent ANA = new PersonIdent("Ana Silva", "ana@example.org");
    private static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@example.org");
    private static final String PULLED = "Residents of Quixadazinho set the budget with the council.";
    private static final String PULLED_NAME = "Quixadazinho budget forum";

    @TempDir
    Path dir;

    private SharedLibrary ana;
    private SharedLibrary ben;
    private Shell shell;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void share() throws Exception {
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch(SharedLibrary.BRANCH).call().close();
        FixtureLibraries.twoCases(dir.resolve("ana"));
        ana = SharedLibrary.init(dir.resolve("ana"), remote.toUri().toString(), ANA);
        Exchange.push(ana, Credentials.NONE, NullProgressMonitor.INSTANCE);
        ben = Exchange.clone(remote.toUri().toString(), dir.resolve("ben"), Credentials.NONE, NullProgressMonitor.INSTANCE);
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void close() throws Exception {
        LibraryIndex.get().sessionClosed(); // closes the index before the temporary folder goes
        WorkbenchSession.closeActive();
        idle();
        shell.dispose();
        ana.close();
        ben.close();
    }

    /** Ana changes alpha's summary and pushes; Ben's pull merges it (Ben's workbench has the library open meanwhile). */
    private PullResult anaChangesAlphaAndBenPulls() throws Exception {
        Library library = Library.open(ana.folder());
        library.findCase("alpha").orElseThrow().setSummary(PULLED);
        library.findCase("alpha").orElseThrow().setName(PULLED_NAME);
        library.save();
        ana.commit("alpha's summary", ANA);
        Exchange.push(ana, Credentials.NONE, NullProgressMonitor.INSTANCE);
        PullResult result = Exchange.pull(ben, Credentials.NONE, BEN, NullProgressMonitor.INSTANCE);
        assertEquals(PullResult.Outcome.MERGED, result.outcome());
        assertEquals(List.of("alpha"), result.changed());
        return result;
    }

    private WorkbenchSession openBensLibraryAndIndex() throws Exception {
        LibraryIndex index = LibraryIndex.get();
        WorkbenchSession session = WorkbenchSession.open(ben.folder(), SubMonitor.convert(null));
        long until = System.currentTimeMillis() + 120_000;
        while ((index.index().isEmpty() || index.index().get().size() < 2) && System.currentTimeMillis() < until) {
            Display.getDefault().readAndDispatch();
            Thread.sleep(50);
        }
        idle();
        assertEquals(2, index.index().orElseThrow().size(), "the index holds both cases before the pull");
        return session;
    }

    private static List<String> found(String query) throws Exception {
        CaseIndex index = LibraryIndex.get().index().orElseThrow();
        return new CaseSearch(index).search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void theOpenSessionShowsThePulledCaseAndTheIndexFindsIt() throws Exception {
        WorkbenchSession session = openBensLibraryAndIndex();
        Case alphaBefore = session.findCase("alpha");
        Case betaBefore = session.findCase("beta");
        assertEquals(List.of(), found("Quixadazinho"));

        PullResult result = anaChangesAlphaAndBenPulls();
        PulledFiles.show(shell, ben.folder(), result.changed());

        assertSame(session, WorkbenchSession.active(), "the library was not opened again");
        assertSame(betaBefore, session.findCase("beta"), "a case the pull did not change was not read again");
        assertNotSame(alphaBefore, session.findCase("alpha"));
        assertEquals(PULLED, session.findCase("alpha").getSummary());
        assertEquals(PULLED_NAME, session.summaries().stream().filter(s -> s.id().equals("alpha")).findFirst().orElseThrow().name(),
                "the navigator's summaries follow");
        assertEquals(List.of("alpha"), found("Quixadazinho"), "the index has the pulled text");
        assertFalse(session.isDirty());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEditTypedWhileThePullRanIsKeptAndTheUserIsTold() throws Exception {
        WorkbenchSession session = openBensLibraryAndIndex();
        PullResult result = anaChangesAlphaAndBenPulls();
        // the pull runs as a job: meanwhile Ben types into alpha, and does not save
        Case alpha = session.findCase("alpha");
        assertTrue(session.execute(SetCommand.create(session.editingDomain(), alpha, CoprodPackage.Literals.CASE__PERIOD_NOTE,
                "typed during the pull")));

        closeWarningsWhenShown();
        PulledFiles.show(shell, ben.folder(), result.changed());

        assertSame(alpha, session.findCase("alpha"), "the edited case is not replaced");
        assertEquals("typed during the pull", session.findCase("alpha").getPeriodNote());
        assertTrue(session.isDirty(), "the edit is still there to save");
        assertEquals(1, warnings.size(), String.valueOf(warnings));
        assertTrue(warnings.get(0).contains("Alpha budget forum") && warnings.get(0).contains("keep your unsaved edits"), warnings.get(0));
    }

    /** Closes each warning the code under test opens (a modal dialog), keeping its text. */
    private void closeWarningsWhenShown() {
        Display display = Display.getDefault();
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s != shell && !s.isDisposed() && "Pull".equals(s.getText()) && s.isVisible()) {
                        warnings.add(texts(s));
                        s.close();
                    }
                }
                if (!shell.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, closer);
    }

    private static String texts(Composite c) {
        StringBuilder all = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) {
                all.append(l.getText()).append('\n');
            } else if (child instanceof Composite inner) {
                all.append(texts(inner));
            }
        }
        return all.toString();
    }

    private static void idle() throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while ((Job.getJobManager().find(IndexJob.FAMILY).length > 0 || Job.getJobManager().find(null).length > 0)
                && System.currentTimeMillis() < until) {
            Display.getDefault().readAndDispatch();
            Thread.sleep(50);
        }
    }
}
