package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.testing.FixtureLibraries;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsers that every library of the program shares: a library no one holds any more is not kept alive by them, and
 * a parser handed back still refuses a DOCTYPE when it reads the next file.
 */
class ParserPoolTests {

    @TempDir
    Path dir;

    @Test
    void aLibraryNoLongerHeldIsNotKeptByTheSharedParsers() throws Exception {
        FixtureLibraries.twoCases(dir.resolve("lib"));
        WeakReference<ResourceSet> opened = openAndLetGo(dir.resolve("lib"));
        for (int i = 0; i < 50 && opened.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(opened.get(), "the resource set of a library read and let go is still reachable");
    }

    @Test
    void aParserHandedBackStillRefusesADoctype() throws Exception {
        FixtureLibraries.twoCases(dir.resolve("lib"));
        Library.open(dir.resolve("lib")); // the pool's parsers have each read a file and been handed back
        Path file = dir.resolve("lib/cases/beta.xmi");
        Files.writeString(file, Files.readString(file).replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e \"boom\">]>"));
        Library again = Library.open(dir.resolve("lib"));
        assertEquals(1, again.problems().size(), again.problems().toString());
        assertEquals(1, again.root().getCases().size());
        assertTrue(again.problems().get(0).message().contains("DOCTYPE"), again.problems().get(0).message());
    }

    private static WeakReference<ResourceSet> openAndLetGo(Path folder) throws Exception {
        Library library = Library.open(folder);
        assertEquals(2, library.root().getCases().size());
        return new WeakReference<>(library.resourceSet());
    }
}
