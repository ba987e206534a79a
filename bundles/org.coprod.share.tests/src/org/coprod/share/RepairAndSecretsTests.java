package org.coprod.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairAndSecretsTests {

    private static final String TOKEN = "ghp_S3cretT0kenNeverWritten";

    @TempDir
    Path dir;

    private Clones clones;

    @BeforeEach
    void share() throws Exception {
        clones = new Clones(dir);
    }

    @AfterEach
    void close() {
        clones.close();
    }

    private static Case alpha(Library library) {
        return library.findCase("alpha").orElseThrow();
    }

    @Test
    void aPullKilledWhileWritingIsFinishedOnTheNextOpen() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "both", l -> {
            alpha(l).setSummary("Ana's summary");
            l.findCase("beta").orElseThrow().setSummary("Ana's beta");
        });
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "period", l -> alpha(l).setPeriodStart(1989));
        clones.ben.git().fetch().call();
        Repository repo = clones.ben.git().getRepository();
        ObjectId mine = repo.resolve(Constants.HEAD);
        // The pull's own steps, up to the moment a kill lands: the merged commit is made and recorded, one file written.
        PullState state = Pull.start(repo, Constants.R_HEADS + SharedLibrary.BRANCH, repo.resolve("refs/remotes/origin/main"));
        MergePlan plan = MergePlan.of(repo, state);
        assertTrue(plan.conflicts.isEmpty());
        state.target = Pull.commit(repo, state, plan.writes, Clones.BEN);
        state.phase = PullState.Phase.WRITING;
        state.write(Pull.gitDir(repo));
        String first = plan.writes.keySet().iterator().next();
        AtomicFile.write(clones.ben.folder().resolve(first), plan.writes.get(first));
        clones.ben.close();

        try (SharedLibrary reopened = SharedLibrary.open(clones.ben.folder())) {
            assertTrue(reopened.repaired().isPresent());
            assertEquals(state.target, repo.resolve(Constants.HEAD));
            assertTrue(reopened.status().isClean(), reopened.status().toString());
            Library merged = Library.open(reopened.folder());
            assertEquals("Ana's summary", alpha(merged).getSummary());
            assertEquals(Integer.valueOf(1989), alpha(merged).getPeriodStart());
            assertEquals("Ana's beta", merged.findCase("beta").orElseThrow().getSummary());
            assertFalse(Files.exists(PullState.file(Pull.gitDir(repo))));
            assertEquals(mine, repo.resolve(state.backup));
        }
    }

    @Test
    void aPullKilledWhileWaitingForAnswersLeftTheLibraryAsItWas() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "summary", l -> alpha(l).setSummary("Ana's summary"));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "summary", l -> alpha(l).setSummary("Ben's summary"));
        assertTrue(Clones.pull(clones.ben, Clones.BEN).hasConflicts());
        clones.ben.close();

        try (SharedLibrary reopened = SharedLibrary.open(clones.ben.folder())) {
            assertFalse(reopened.repaired().isPresent());
            assertEquals("Ben's summary", alpha(Library.open(reopened.folder())).getSummary());
            assertEquals(1, Exchange.openConflicts(reopened).size(), "the pull goes on where it was");
        }
    }

    @Test
    void aTokenTypedIntoTheAddressIsNeitherStoredNorShown() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        ShareException refused;
        try {
            Path lib = dir.resolve("third");
            org.coprod.testing.FixtureLibraries.twoCases(lib);
            // nothing listens on port 9 of this machine: the push fails after the address has been handled
            try (SharedLibrary shared = SharedLibrary.init(lib, "https://ana:" + TOKEN + "@127.0.0.1:9/lib.git", Clones.ANA)) {
                refused = assertThrows(ShareException.class, () -> Exchange.push(shared, Credentials.NONE, NullProgressMonitor.INSTANCE));
                assertThrows(ShareException.class, () -> Exchange.pull(shared, Credentials.of("ana", TOKEN.toCharArray()), Clones.ANA,
                        NullProgressMonitor.INSTANCE));
            }
            assertFalse(Clones.everything(lib).contains(TOKEN), "the token is in no file of the library or its .git folder");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertFalse(refused.getMessage().contains(TOKEN), refused.getMessage());
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains(TOKEN));
        assertFalse(Credentials.of("ana", TOKEN.toCharArray()).toString().contains(TOKEN));
    }

    @Test
    void statusListsChangedCasesByName() throws Exception {
        Clones.save(clones.ben, l -> {
            alpha(l).setSummary("changed");
            l.addCase(org.coprod.testing.FixtureLibraries.newCase("gamma", "Gamma water board", "KE"));
        });

        LibraryStatus status = clones.ben.status();

        assertEquals(List.of(new LibraryStatus.ChangedCase("gamma", "Gamma water board", LibraryStatus.Kind.ADDED),
                new LibraryStatus.ChangedCase("alpha", "Alpha budget forum", LibraryStatus.Kind.CHANGED)), status.cases());
        assertEquals(0, status.ahead());
        assertEquals(0, status.behind());
    }

    @Test
    void historyOfACaseListsCommitsAndFieldChanges() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "Add a summary", l -> alpha(l).setSummary("First"));
        Clones.commit(clones.ana, Clones.ANA, "Correct the summary", l -> alpha(l).setSummary("Second"));

        List<CaseVersion> history = clones.ana.history("alpha");

        assertEquals(List.of("Correct the summary", "Add a summary", "Share the library"), history.stream().map(CaseVersion::message)
                .toList());
        assertEquals(List.of(new FieldChange("summary", "First", "Second")), history.get(0).changes());
        assertEquals("Ana Silva", history.get(0).author());
    }

    @Test
    void gitIgnoresTheDerivedData() throws Exception {
        String ignore = Files.readString(clones.ana.folder().resolve(".gitignore"));
        for (String pattern : List.of(".index/", ".summaries", ".recovery/")) {
            assertTrue(ignore.lines().anyMatch(pattern::equals), pattern);
        }
        Files.createDirectories(clones.ana.folder().resolve(".index"));
        Files.writeString(clones.ana.folder().resolve(".index/segments_1"), "derived");
        assertTrue(clones.ana.status().isClean());
    }

    @Test
    void aRemoteLibraryOfANewerFormatIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = clones.ana.folder().resolve("library.xmi");
        Files.writeString(file, Files.readString(file).replace("formatVersion=\"2\"", "formatVersion=\"99\""));
        clones.ana.commit("written by a future workbench", Clones.ANA);
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "local", l -> alpha(l).setSummary("Ben's"));
        byte[] before = Files.readAllBytes(clones.ben.folder().resolve("library.xmi"));

        ShareException refused = assertThrows(ShareException.class, () -> Clones.pull(clones.ben, Clones.BEN));

        assertTrue(refused.getMessage().contains("library format 99"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(clones.ben.folder().resolve("library.xmi")));
        assertFalse(clones.ben.status().pullPending());
        assertTrue(clones.ben.backups().isEmpty(), "refused before the backup, the record or any file");
    }

    @Test
    void pushWhenTheRemoteMovedOnSaysPullFirst() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "a", l -> alpha(l).setSummary("Ana"));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "b", l -> alpha(l).setPeriodStart(2001));

        ShareException refused = assertThrows(ShareException.class, () -> Clones.push(clones.ben));

        assertTrue(refused.getMessage().contains("pull first"), refused.getMessage());
    }
}
