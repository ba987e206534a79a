package org.coprod.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Source;
import org.coprod.model.TypologyCoding;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullMergeTests {

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
    void differentFieldsOfOneCaseMergeBoth() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "summary", l -> alpha(l).setSummary("A forum where residents set the budget."));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "period", l -> alpha(l).setPeriodStart(1989));

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(PullResult.Outcome.MERGED, result.outcome());
        assertEquals(List.of("alpha"), result.changed());
        Case merged = alpha(Clones.open(clones.ben));
        assertEquals("A forum where residents set the budget.", merged.getSummary());
        assertEquals(Integer.valueOf(1989), merged.getPeriodStart());
        assertTrue(clones.ben.status().isClean(), "the merge is committed and the index follows it");
        assertTrue(clones.ben.backups().get(0).startsWith("refs/coprod/backup/"));

        // returning to the backup names the cases it changed as a pull does, so that callers reindex just those
        assertEquals(List.of("alpha"), clones.ben.returnTo(clones.ben.backups().get(0)));
        assertEquals(Integer.valueOf(1989), alpha(Clones.open(clones.ben)).getPeriodStart());
        assertFalse("A forum where residents set the budget.".equals(alpha(Clones.open(clones.ben)).getSummary()));
    }

    @Test
    void sameFieldChangedDifferentlyIsAConflictAndNothingIsWrittenUntilAnswered() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "summary", l -> alpha(l).setSummary("Ana's summary"));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "summary", l -> alpha(l).setSummary("Ben's summary"));
        Path file = clones.ben.folder().resolve("cases/alpha.xmi");
        byte[] before = Files.readAllBytes(file);
        var head = clones.ben.git().getRepository().resolve(Constants.HEAD);

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(PullResult.Outcome.CONFLICTS, result.outcome());
        assertEquals(List.of(new Conflict("alpha", "summary", null, "Ben's summary", "Ana's summary")), result.conflicts());
        assertArrayEquals(before, Files.readAllBytes(file), "the library is untouched while a conflict is open");
        assertEquals(head, clones.ben.git().getRepository().resolve(Constants.HEAD));

        PullResult resolved = Exchange.resolve(clones.ben, "alpha", "summary", Side.THEIRS, Clones.BEN);

        assertEquals(PullResult.Outcome.MERGED, resolved.outcome());
        assertEquals("Ana's summary", alpha(Clones.open(clones.ben)).getSummary());
        // Ben's value is not lost: the backup keeps it, and the history shows it
        assertTrue(clones.ben.history("alpha").stream().anyMatch(v -> v.changes().stream()
                .anyMatch(c -> "Ben's summary".equals(c.after()))));
    }

    @Test
    void cancellingAPullLeavesTheLibraryExactlyAsBefore() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "summary", l -> alpha(l).setSummary("Ana's summary"));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "summary", l -> alpha(l).setSummary("Ben's summary"));
        String beforeFiles = Clones.everything(clones.ben.folder().resolve("cases")) + Clones.everything(clones.ben.folder()
                .resolve("library.xmi"));
        var head = clones.ben.git().getRepository().resolve(Constants.HEAD);
        assertTrue(Clones.pull(clones.ben, Clones.BEN).hasConflicts());

        assertTrue(Exchange.abort(clones.ben));

        assertEquals(beforeFiles, Clones.everything(clones.ben.folder().resolve("cases")) + Clones.everything(clones.ben.folder()
                .resolve("library.xmi")));
        assertEquals(head, clones.ben.git().getRepository().resolve(Constants.HEAD));
        assertTrue(clones.ben.status().isClean());
        assertFalse(clones.ben.status().pullPending());
    }

    @Test
    void codingsAddedOnBothSidesAreBothKept() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "coding", l -> alpha(l).getCodings().add(coding(l, "P2-D2", "residents plan with staff")));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "coding", l -> alpha(l).getCodings().add(coding(l, "P1-D2", "staff plan, residents help")));

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(PullResult.Outcome.MERGED, result.outcome());
        Set<String> cells = alpha(Clones.open(clones.ben)).getCodings().stream().map(c -> c.getCell().getCode())
                .collect(Collectors.toSet());
        assertEquals(Set.of("P2-D2", "P1-D2"), cells);
    }

    @Test
    void rolesAddedHereAndThereMergeAndTheirActorsResolve() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "actor", l -> {
            l.root().getActors().add(actor("actor-council", "City council"));
            alpha(l).getRoles().add(role(l, "actor-council", RoleKind.FUNDER));
        });
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "actor", l -> {
            l.root().getActors().add(actor("actor-residents", "Residents' association"));
            alpha(l).getRoles().add(role(l, "actor-residents", RoleKind.CO_PLANNER));
        });

        PullResult result = Clones.pull(clones.ben, Clones.BEN);
        assertEquals(PullResult.Outcome.MERGED, result.outcome(), result.conflicts().toString());

        Library merged = Clones.open(clones.ben);
        assertTrue(merged.problems().isEmpty(), merged.problems().toString());
        Set<String> actors = alpha(merged).getRoles().stream().map(r -> r.getActor().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("City council", "Residents' association"), actors, "both roles point to actors that exist");
    }

    @Test
    void deletedOnOneSideAndEditedOnTheOtherIsAConflictNeverASilentDelete() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "delete", l -> l.root().getCases().remove(alpha(l)));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "edit", l -> alpha(l).setSummary("Still running"));

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(1, result.conflicts().size());
        Conflict c = result.conflicts().get(0);
        assertEquals("alpha", c.caseId());
        assertEquals(Conflict.WHOLE_CASE, c.feature());
        assertEquals("(deleted)", c.theirs());
        assertTrue(Files.exists(clones.ben.folder().resolve("cases/alpha.xmi")));

        Exchange.resolve(clones.ben, "alpha", Conflict.WHOLE_CASE, Side.MINE, Clones.BEN);
        assertEquals("Still running", alpha(Clones.open(clones.ben)).getSummary());
    }

    @Test
    void anElementDeletedThereAndEditedHereIsAConflict() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "coding", l -> alpha(l).getCodings().add(coding(l, "P2-D2", "first")));
        Clones.push(clones.ana);
        Clones.pull(clones.ben, Clones.BEN);
        Clones.commit(clones.ana, Clones.ANA, "uncode", l -> alpha(l).getCodings().clear());
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "justify", l -> alpha(l).getCodings().get(0).setJustification("better reason"));

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        assertEquals("codings[bovaird.P2-D2]", result.conflicts().get(0).feature());
        assertEquals("(deleted)", result.conflicts().get(0).theirs());
    }

    @Test
    void theLibraryFileIsMergedTheSameWay() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "actor", l -> {
            l.root().getActors().add(actor("actor-council", "City council"));
            l.root().setDescription("Cases of participatory budgeting");
        });
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "source", l -> {
            Source s = CoprodFactory.eINSTANCE.createSource();
            s.setId("src-1");
            s.setCitation("Abers 2000");
            l.root().getSources().add(s);
        });

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(List.of(Conflict.LIBRARY), result.changed(), result.toString());
        Library merged = Clones.open(clones.ben);
        assertEquals("Cases of participatory budgeting", merged.root().getDescription());
        assertEquals(List.of("actor-council"), merged.root().getActors().stream().map(Actor::getId).toList());
        assertEquals(List.of("src-1"), merged.root().getSources().stream().map(Source::getId).toList());
    }

    @Test
    void aDirtyLibraryIsNeverOverwritten() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "summary", l -> alpha(l).setSummary("Ana's summary"));
        Clones.push(clones.ana);
        Clones.save(clones.ben, l -> alpha(l).setSummary("Ben's unsaved work"));
        byte[] before = Files.readAllBytes(clones.ben.folder().resolve("cases/alpha.xmi"));

        ShareException refused = org.junit.jupiter.api.Assertions.assertThrows(ShareException.class,
                () -> Clones.pull(clones.ben, Clones.BEN));

        assertTrue(refused.getMessage().contains("Alpha budget forum"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(clones.ben.folder().resolve("cases/alpha.xmi")));
        assertFalse(clones.ben.status().pullPending());
    }

    @Test
    void onlyTheCasesThatChangedAreReported() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "new", l -> l.addCase(org.coprod.testing.FixtureLibraries.newCase("gamma", "Gamma", "KE")));
        Clones.push(clones.ana);

        PullResult result = Clones.pull(clones.ben, Clones.BEN);

        assertEquals(List.of("gamma"), result.changed(), "a fast-forward reports the cases it brought");
        assertTrue(Clones.open(clones.ben).findCase("gamma").isPresent());
    }

    @Test
    void whoCodedACodingComesFromTheHistoryNotFromTheMerge() throws Exception {
        Clones.commit(clones.ana, Clones.ANA, "Placed alpha", l -> alpha(l).getCodings().add(coding(l, "P2-D2", "residents plan")));
        Clones.push(clones.ana);
        Clones.commit(clones.ben, Clones.BEN, "Placed alpha too", l -> alpha(l).getCodings().add(coding(l, "P1-D2", "staff plan")));
        Clones.pull(clones.ben, Clones.BEN);

        assertEquals("Ana Silva", clones.ben.whoAdded("alpha", "codings[bovaird.P2-D2]").orElseThrow().author(),
                "Ben's merge brought Ana's coding in; Ana coded it");
        assertEquals("Ben Okafor", clones.ben.whoAdded("alpha", "codings[bovaird.P1-D2]").orElseThrow().author());
        assertTrue(clones.ben.whoAdded("alpha", "codings[bovaird.P3-D3]").isEmpty());
    }

    static TypologyCoding coding(Library l, String cell, String why) {
        TypologyCoding c = CoprodFactory.eINSTANCE.createTypologyCoding();
        c.setCell(l.findCell("bovaird", cell).orElseThrow());
        c.setJustification(why);
        return c;
    }

    static Actor actor(String id, String name) {
        Actor a = CoprodFactory.eINSTANCE.createActor();
        a.setId(id);
        a.setName(name);
        return a;
    }

    static Role role(Library l, String actorId, RoleKind kind) {
        Role r = CoprodFactory.eINSTANCE.createRole();
        r.setActor(l.root().getActors().stream().filter(a -> a.getId().equals(actorId)).findFirst().orElseThrow());
        r.setKind(kind);
        return r;
    }
}
