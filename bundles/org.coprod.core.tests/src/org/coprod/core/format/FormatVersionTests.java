package org.coprod.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.coprod.core.Fixtures;
import org.coprod.core.Library;
import org.coprod.core.LibraryException;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening libraries of older and newer format versions, on fixture libraries saved in those versions. */
class FormatVersionTests {

    @TempDir
    Path dir;

    @Test
    void theStepsLeadFromEveryOlderVersionToTheCurrentOne() {
        assertEquals(FormatVersion.CURRENT, FormatVersion.STEPS.size(), "one step for each version before the current one");
        for (int v = 0; v < FormatVersion.STEPS.size(); v++) {
            assertEquals(v, FormatVersion.STEPS.get(v).from(), "the step at " + v + " reads version " + v);
        }
    }

    @Test
    void theUnversionedFixtureDeclaresNoVersionAndItsStepMarksItCurrent() throws Exception {
        Path folder = Fixtures.copy("v0", dir);
        byte[] bytes = Files.readAllBytes(folder.resolve(Library.LIBRARY_FILE));
        assertEquals(0, FormatVersion.declaredBy(bytes));
        ResourceSet set = new ResourceSetImpl();
        Library.configure(set);
        Resource resource = set.getResource(URI.createFileURI(folder.resolve(Library.LIBRARY_FILE).toString()), true);
        CaseLibrary root = (CaseLibrary) resource.getContents().get(0);
        assertEquals(0, root.getFormatVersion(), "an absent attribute reads as unversioned");
        List<FormatStep> taken = FormatVersion.upgrade(root, 0);
        assertEquals(FormatVersion.CURRENT, taken.size(), "one step per version");
        assertTrue(taken.get(0) instanceof UnversionedToV1, taken.toString());
        assertTrue(taken.get(1) instanceof V1ToV2, taken.toString());
        assertEquals(FormatVersion.CURRENT, root.getFormatVersion());
        assertEquals("Orangi Pilot Project", root.getActors().get(0).getName(), "the content is kept as it was");
        assertEquals("hasan-2006", root.getSources().get(0).getId());
    }

    @Test
    void anUnversionedLibraryOpensUpgradedWithoutAnythingWritten() throws Exception {
        Path folder = Fixtures.copy("v0", dir);
        Map<String, String> before = xmiFiles(folder);
        Library library = Library.open(folder);
        assertEquals(OptionalInt.of(0), library.upgradedFrom());
        assertEquals(FormatVersion.CURRENT, library.root().getFormatVersion());
        assertTrue(library.problems().isEmpty(), library.problems().toString());
        Case alpha = library.findCase("alpha").orElseThrow();
        Case beta = library.findCase("beta").orElseThrow();
        assertEquals("Orangi Pilot Project", alpha.getRoles().get(0).getActor().getName());
        assertEquals(alpha, beta.getParent());
        assertEquals("hasan-2006", beta.getSources().get(0).getSource().getId());
        for (Case c : List.of(alpha, beta)) {
            Diagnostic d = LibraryValidation.validate(c);
            assertEquals(Diagnostic.OK, d.getSeverity(), LibraryValidation.leaves(d).toString());
        }
        assertEquals(before, xmiFiles(folder), "opening never writes the upgrade");
    }

    @Test
    void theNextSaveWritesTheUpgradeInTheCurrentVersion() throws Exception {
        Path folder = Fixtures.copy("v0", dir);
        Library.open(folder).save();
        Path libraryFile = folder.resolve(Library.LIBRARY_FILE);
        assertEquals(FormatVersion.CURRENT, FormatVersion.declaredBy(Files.readAllBytes(libraryFile)));
        assertTrue(Files.readString(libraryFile).contains("formatVersion=\"" + FormatVersion.CURRENT + "\""));
        Library reopened = Library.open(folder);
        assertEquals(OptionalInt.empty(), reopened.upgradedFrom(), "a saved library is current");
        assertEquals(2, reopened.root().getCases().size());
        assertTrue(reopened.changes().isEmpty(), "and has nothing more to write");
    }

    @Test
    void aNewLibraryIsWrittenInTheCurrentVersionAndNeedsNoUpgrade() throws Exception {
        Library.create(dir, "New");
        Path libraryFile = dir.resolve(Library.LIBRARY_FILE);
        assertEquals(FormatVersion.CURRENT, FormatVersion.declaredBy(Files.readAllBytes(libraryFile)));
        Library reopened = Library.open(dir);
        assertEquals(OptionalInt.empty(), reopened.upgradedFrom());
        assertEquals(List.of(), FormatVersion.upgrade(reopened.root(), FormatVersion.CURRENT));
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedNamingTheFileAndBothVersions() throws Exception {
        Path folder = Fixtures.copy("v0", dir);
        Path libraryFile = folder.resolve(Library.LIBRARY_FILE);
        int newer = FormatVersion.CURRENT + 1;
        // What a newer workbench might write: its version, and content this version's model cannot load.
        String xml = Files.readString(libraryFile)
                .replace("name=\"Unversioned fixture\"", "formatVersion=\"" + newer + "\" name=\"Unversioned fixture\"")
                .replace("</coprod:CaseLibrary>", "  <coders id=\"coder-1\" name=\"A coder\"/>\n</coprod:CaseLibrary>");
        Files.writeString(libraryFile, xml, StandardCharsets.UTF_8);
        Map<String, String> before = Fixtures.snapshot(folder);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(folder));
        assertTrue(e.getMessage().contains(libraryFile.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("version " + newer), e.getMessage());
        assertTrue(e.getMessage().contains("up to " + FormatVersion.CURRENT), e.getMessage());
        assertEquals(before, Fixtures.snapshot(folder), "nothing written, not even a lock file");
    }

    @Test
    void theDeclaredVersionIsReadWithoutLoadingTheModel() throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<coprod:CaseLibrary xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:coprod=\"http://www.coprod.org/model/1.0\"";
        assertEquals(7, FormatVersion.declaredBy((head + " formatVersion=\"7\"><unknown/></coprod:CaseLibrary>").getBytes()));
        assertEquals(0, FormatVersion.declaredBy((head + " name=\"x\"/>").getBytes()));
        assertThrows(IOException.class, () -> FormatVersion.declaredBy((head + " formatVersion=\"two\"/>").getBytes()));
        assertFalse(FormatVersion.refusal(dir, FormatVersion.CURRENT).isPresent());
        assertTrue(FormatVersion.refusal(dir, -1).isPresent());
    }

    /** The library's own files and their content (a lock file the open takes is not part of the library). */
    private static Map<String, String> xmiFiles(Path folder) throws IOException {
        Map<String, String> files = Fixtures.snapshot(folder);
        files.keySet().removeIf(name -> !name.endsWith(".xmi"));
        return files;
    }
}
