package org.coprod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.testing.FixtureLibraries;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ShareCommandTests {

    private static final Map<String, String> ANA = Map.of("COPROD_CODER", "Ana Silva");
    private static final Map<String, String> BEN = Map.of("COPROD_CODER", "Ben Okafor");

    @TempDir
    Path dir;

    private static CommandRun run(Map<String, String> who, Path library, String... words) {
        String[] args = new String[words.length + 3];
        args[0] = "share";
        System.arraycopy(words, 0, args, 1, words.length);
        args[words.length + 1] = "--library";
        args[words.length + 2] = library.toString();
        return CommandRun.withEnvironment(who, args);
    }

    private static void summary(Path library, String text) throws Exception {
        Library l = Library.open(library);
        l.findCase("alpha").orElseThrow().setSummary(text);
        l.save();
    }

    /** Ana shares a library through a bare repository; Ben clones it; both change alpha's summary. */
    private Path[] conflicting() throws Exception {
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path ana = dir.resolve("ana");
        Path ben = dir.resolve("ben");
        FixtureLibraries.twoCases(ana);
        assertEquals(0, run(ANA, ana, "init", "--remote", remote.toUri().toString()).code());
        assertEquals(0, run(ANA, ana, "push").code());
        CommandRun cloned = CommandRun.of("share", "clone", remote.toUri().toString(), ben.toString());
        assertEquals(0, cloned.code(), cloned.err());
        summary(ana, "Ana's summary");
        assertEquals(0, run(ANA, ana, "commit", "-m", "summary").code());
        assertEquals(0, run(ANA, ana, "push").code());
        summary(ben, "Ben's summary");
        return new Path[] {ana, ben};
    }

    @Test
    void statusListsChangedCasesByName() throws Exception {
        Path ben = conflicting()[1];

        CommandRun status = run(BEN, ben, "status");

        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("changed  Alpha budget forum (alpha)"), status.out());
    }

    @Test
    void pullWithAConflictExitsOneAndListsItAsJsonThenResolveFinishesIt() throws Exception {
        Path ben = conflicting()[1];
        CommandRun refused = run(BEN, ben, "pull");
        assertEquals(2, refused.code(), "a dirty library is refused");
        assertTrue(refused.err().contains("Commit them first"), refused.err());
        assertEquals(0, run(BEN, ben, "commit", "-m", "mine").code());

        CommandRun pull = run(BEN, ben, "pull", "--json");

        assertEquals(1, pull.code(), pull.err());
        JsonArray conflicts = JsonParser.parseString(pull.out()).getAsJsonArray();
        assertEquals(1, conflicts.size());
        JsonObject c = conflicts.get(0).getAsJsonObject();
        assertEquals("alpha", c.get("caseId").getAsString());
        assertEquals("summary", c.get("feature").getAsString());
        assertTrue(c.get("base").isJsonNull());
        assertEquals("Ben's summary", c.get("mine").getAsString());
        assertEquals("Ana's summary", c.get("theirs").getAsString());
        assertEquals("Ben's summary", Library.open(ben).findCase("alpha").orElseThrow().getSummary(), "unchanged until resolved");

        CommandRun resolved = run(BEN, ben, "resolve", "alpha", "summary", "--take", "theirs");

        assertEquals(0, resolved.code(), resolved.out() + resolved.err());
        assertEquals("Ana's summary", Library.open(ben).findCase("alpha").orElseThrow().getSummary());
        assertTrue(run(BEN, ben, "status").out().contains("Nothing to commit."));
    }

    @Test
    void pullAbortLeavesTheLibraryAsItWas() throws Exception {
        Path ben = conflicting()[1];
        run(BEN, ben, "commit", "-m", "mine");
        byte[] before = Files.readAllBytes(ben.resolve("cases/alpha.xmi"));
        assertEquals(1, run(BEN, ben, "pull").code());

        CommandRun abort = run(BEN, ben, "pull", "--abort");

        assertEquals(0, abort.code());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ben.resolve("cases/alpha.xmi"))));
        assertFalse(run(BEN, ben, "status").out().contains("A pull waits"));
    }

    @Test
    void historyAsJsonNamesAuthorsAndFieldChanges() throws Exception {
        Path ana = conflicting()[0];

        CommandRun history = run(ANA, ana, "history", "alpha", "--json");

        assertEquals(0, history.code(), history.err());
        JsonArray versions = JsonParser.parseString(history.out()).getAsJsonArray();
        assertEquals(List.of("summary", "Share the library"), List.of(versions.get(0).getAsJsonObject().get("message").getAsString(),
                versions.get(1).getAsJsonObject().get("message").getAsString()));
        JsonObject change = versions.get(0).getAsJsonObject().getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals("summary", change.get("feature").getAsString());
        assertEquals("Ana's summary", change.get("after").getAsString());
        assertEquals("Ana Silva", versions.get(0).getAsJsonObject().get("author").getAsString());
    }

    @Test
    void pushWhenTheRemoteMovedOnSaysPullFirst() throws Exception {
        Path ben = conflicting()[1];
        run(BEN, ben, "commit", "-m", "mine");

        CommandRun push = run(BEN, ben, "push");

        assertEquals(2, push.code());
        assertTrue(push.err().contains("pull first"), push.err());
    }

    /** A library shared without a remote: push says how to add one, and the command it names does it. */
    @Test
    void pushWithoutARemoteNamesACommandThatAddsOne() throws Exception {
        Path ana = dir.resolve("ana");
        FixtureLibraries.twoCases(ana);
        assertEquals(0, run(ANA, ana, "init").code());

        CommandRun push = run(ANA, ana, "push");

        assertEquals(2, push.code());
        assertTrue(push.err().contains("coprod share remote URL"), push.err());
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        CommandRun added = run(ANA, ana, "remote", remote.toUri().toString());
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("coprod share push"), added.out());
        CommandRun pushed = run(ANA, ana, "push");
        assertEquals(0, pushed.code(), pushed.err());
        try (Git bare = Git.open(remote.toFile())) {
            assertTrue(bare.getRepository().resolve("refs/heads/main") != null, "the library's history is in the remote");
        }
        CommandRun again = run(ANA, ana, "init", "--remote", remote.toUri().toString());
        assertEquals(2, again.code(), "init of a shared library still refuses, and nothing else is changed");
    }
}
