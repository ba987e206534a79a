package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Role;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.FixtureLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTests {

    @TempDir
    Path dir;

    @Test
    void savesOneFilePerCaseAndReopensThem() throws Exception {
        FixtureLibraries.twoCases(dir);
        assertTrue(Files.isRegularFile(dir.resolve("library.xmi")));
        assertTrue(Files.isRegularFile(dir.resolve("cases/alpha.xmi")));
        assertTrue(Files.isRegularFile(dir.resolve("cases/beta.xmi")));
        Library reopened = Library.open(dir);
        assertEquals(2, reopened.root().getCases().size());
        assertEquals("Beta village shop", reopened.findCase("beta").orElseThrow().getName());
        assertTrue(reopened.problems().isEmpty());
    }

    @Test
    void crossFileReferencesUseStableIds() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        Actor opp = CoprodFactory.eINSTANCE.createActor();
        opp.setId("actor-opp");
        opp.setName("Orangi Pilot Project");
        opp.setType(ActorType.NGO);
        library.root().getActors().add(opp);
        Case alpha = library.findCase("alpha").orElseThrow();
        Role role = CoprodFactory.eINSTANCE.createRole();
        role.setActor(opp);
        alpha.getRoles().add(role);
        TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
        coding.setCell(library.findCell("bovaird", "P2-D1").orElseThrow());
        alpha.getCodings().add(coding);
        library.save();
        String xml = Files.readString(dir.resolve("cases/alpha.xmi"));
        assertTrue(xml.contains("../library.xmi#actor-opp"), xml);
        assertTrue(xml.contains("../library.xmi#bovaird.P2-D1"), xml);
        Library reopened = Library.open(dir);
        Case reread = reopened.findCase("alpha").orElseThrow();
        assertEquals("Orangi Pilot Project", reread.getRoles().get(0).getActor().getName());
        assertEquals("P2-D1", reread.getCodings().get(0).getCell().getCode());
    }

    @Test
    void malformedCaseFileIsReportedWithLineAndNeverOverwritten() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path broken = dir.resolve("cases/beta.xmi");
        byte[] garbage = ("<?xml version=\"1.0\"?>\n<coprod:Case xmlns:coprod=\"http://www.coprod.org/model/1.0\"\n"
                + " id=\"beta\" name=\"unclosed>\n").getBytes(StandardCharsets.UTF_8);
        Files.write(broken, garbage);
        Library library = Library.open(dir);
        assertEquals(1, library.root().getCases().size(), "the good case still loads");
        assertEquals(1, library.problems().size());
        LoadProblem problem = library.problems().get(0);
        assertEquals(broken.toAbsolutePath().normalize(), problem.file());
        assertTrue(problem.line() > 0, "the problem names a line: " + problem);
        library.findCase("alpha").orElseThrow().setSummary("edited");
        library.save();
        assertArrayEquals(garbage, Files.readAllBytes(broken), "the unreadable file is left for the user to repair");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        FixtureLibraries.twoCases(dir);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path evil = dir.resolve("cases/evil.xmi");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<coprod:Case xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:coprod=\"http://www.coprod.org/model/1.0\" "
                        + "xmi:version=\"2.0\" id=\"evil\" name=\"&xxe;\"/>\n");
        Library library = Library.open(dir);
        assertTrue(library.findCase("evil").isEmpty(), "a file with a DOCTYPE is not loaded");
        assertEquals(1, library.problems().size());
        assertTrue(library.problems().get(0).message().toUpperCase().contains("DOCTYPE"), library.problems().get(0).toString());
        assertFalse(library.root().getCases().stream().anyMatch(c -> String.valueOf(c.getName()).contains("TOP-SECRET")));
    }

    @Test
    void malformedLibraryFileIsAClearError() throws Exception {
        FixtureLibraries.twoCases(dir);
        Files.writeString(dir.resolve("library.xmi"), "<not-xml");
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("library.xmi"), e.getMessage());
    }

    @Test
    void aFolderWithoutALibraryIsAClearError() {
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("Not a case library"), e.getMessage());
    }

    @Test
    void removedCaseLosesItsFileOnSave() throws Exception {
        Library library = FixtureLibraries.twoCases(dir);
        library.root().getCases().remove(library.findCase("beta").orElseThrow());
        library.save();
        assertFalse(Files.exists(dir.resolve("cases/beta.xmi")));
        assertEquals(1, Library.open(dir).root().getCases().size());
    }

    @Test
    void newLibraryCarriesBovairdsGridWithTheNotApplicableCell() throws Exception {
        Library library = Library.create(dir, "New");
        assertEquals(9, library.findTypology("bovaird").orElseThrow().getCells().size());
        assertFalse(library.findCell("bovaird", "P3-D1").orElseThrow().isApplicable());
        assertEquals("Full user/professional co-production", library.findCell("bovaird", "P2-D2").orElseThrow().getName());
        assertThrows(LibraryException.class, () -> Library.create(dir, "again"));
    }
}
