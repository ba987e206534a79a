package org.coprod.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import plan: what an import would do, from the accepted rows only, and nothing before it is applied. */
class ImportPlanTests {

    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void library() throws IOException {
        library = Library.create(dir.resolve("lib"), "Plan target");
    }

    @Test
    void aPlanChangesNothingUntilApplied() throws IOException {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, "id,name,countries,actors\na,A,BR,Residents|community organisation|co-deliverer||\n");
        ImportPlan plan = new CaseImporter(library).plan(CaseTable.read(file), CaseImporter.Options.STRICT);
        assertTrue(plan.applicable());
        assertEquals(List.of("a"), plan.added());
        assertEquals(List.of("Residents"), plan.newActors().stream().map(Actor::getName).toList());
        assertTrue(library.root().getCases().isEmpty() && library.root().getActors().isEmpty());
        plan.apply(library);
        assertSame(library.root().getActors().get(0), library.findCase("a").orElseThrow().getRoles().get(0).getActor());
    }

    @Test
    void aMergeIsOneChangePerFeatureOfTheFilledColumns() throws IOException {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "id,name,countries,ongoing,summary\npb,Budget,BR,yes,Old summary\n");
        new CaseImporter(library).plan(CaseTable.read(first), CaseImporter.Options.STRICT).apply(library);
        Path second = dir.resolve("second.csv");
        Files.writeString(second, "id,name,countries,ongoing,summary\npb,Budget,BR,no,\nbad,Bad,XX,,\n");
        ImportPlan plan = new CaseImporter(library).plan(CaseTable.read(second), new CaseImporter.Options(true, true));
        assertTrue(plan.applicable());
        assertEquals(1, plan.skippedRows());
        assertEquals(List.of(), plan.added());
        assertEquals(List.of("pb"), plan.merged());
        ImportPlan.Merge merge = plan.merges().get(0);
        assertEquals(2, merge.row());
        assertEquals(List.of(CoprodPackage.Literals.CASE__NAME, CoprodPackage.Literals.CASE__COUNTRIES,
                CoprodPackage.Literals.CASE__ONGOING),
                merge.changes().stream().map(ImportPlan.Change::feature).toList());
        Case pb = library.findCase("pb").orElseThrow();
        assertTrue(pb.isOngoing(), "not changed before the plan is applied");
        plan.apply(library);
        assertFalse(pb.isOngoing());
        assertEquals("Old summary", pb.getSummary());
    }
}
