package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.model.TypologyDimension;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other typologies are data, not metamodel: Arnstein's one-dimensional ladder is added, coded and saved. */
class TypologyAsDataTests {

    private static final CoprodFactory F = CoprodFactory.eINSTANCE;

    @TempDir
    Path dir;

    @Test
    void arnsteinsLadderCanBeAddedCodedSavedAndCounted() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        Typology ladder = F.createTypology();
        ladder.setId("arnstein");
        ladder.setName("Arnstein's ladder of participation");
        TypologyDimension rungs = F.createTypologyDimension();
        rungs.setId("arnstein.rung");
        rungs.setName("Rung");
        ladder.getDimensions().add(rungs);
        List<String> names = List.of("Manipulation", "Therapy", "Informing", "Consultation", "Placation", "Partnership", "Delegated power",
                "Citizen control");
        for (int i = 0; i < names.size(); i++) {
            DimensionValue v = F.createDimensionValue();
            v.setId("arnstein.R" + (i + 1));
            v.setCode("R" + (i + 1));
            v.setLabel(names.get(i));
            rungs.getValues().add(v);
            TypologyCell cell = F.createTypologyCell();
            cell.setId("arnstein.R" + (i + 1));
            cell.setCode("R" + (i + 1));
            cell.setName(names.get(i));
            cell.getValues().add(v);
            ladder.getCells().add(cell);
        }
        // DimensionValue and TypologyCell ids share one namespace in the library file: keep them apart.
        ladder.getCells().forEach(cell -> cell.setId(cell.getId() + ".cell"));
        library.root().getTypologies().add(ladder);
        Case alpha = library.findCase("alpha").orElseThrow();
        TypologyCoding coding = F.createTypologyCoding();
        coding.setCell(library.findCell("arnstein", "R6").orElseThrow());
        alpha.getCodings().add(coding);
        library.save();

        Library reopened = Library.open(dir);
        Typology reread = reopened.findTypology("arnstein").orElseThrow();
        assertEquals(8, reread.getCells().size());
        assertEquals("Partnership", reopened.findCase("alpha").orElseThrow().getCodings().get(0).getCell().getName());
        LibraryStats stats = LibraryStats.of(reopened.root().getCases(), reread);
        assertEquals(1, stats.count("R6"));
        assertEquals(1, stats.uncoded());
    }
}
