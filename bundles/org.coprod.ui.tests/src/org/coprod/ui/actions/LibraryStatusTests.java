package org.coprod.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.format.FormatVersion;
import org.coprod.testing.FixtureLibraries;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line's account of the library, checked against libraries where each statement holds and where it does not. */
class LibraryStatusTests {

    @TempDir
    Path dir;

    @Test
    void namesTheLibraryItsFolderAndCasesAndSaysWhenItIsUnsaved() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        String text = LibraryStatus.text(session);
        int n = session.library().root().getCases().size();
        assertTrue(text.contains(session.folder().toString()) && text.contains(n + " cases"), text);
        assertFalse(text.contains("unsaved") || text.contains("format"), text);
        session.execute(session.cases().newCase("One more"));
        assertTrue(LibraryStatus.text(session).contains((n + 1) + " cases, unsaved changes"), LibraryStatus.text(session));
    }

    @Test
    void aStatusLineBuiltAfterTheLibraryOpenedShowsIt() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(FixtureLibraries.twoCases(dir.resolve("two")).folder(), new NullProgressMonitor());
        LibraryStatus status = new LibraryStatus();
        try {
            assertEquals("Test library — " + session.folder() + " — 2 cases", status.getText());
            WorkbenchSession.closeActive();
            assertEquals("No library open", status.getText());
        } finally {
            status.dispose();
        }
    }

    @Test
    void aLibraryOfAnOlderFormatSaysItIsSavedInTheCurrentOneAtTheNextSave() throws Exception {
        Path folder = SampleLibraries.copy(dir);
        Path file = folder.resolve("library.xmi");
        String xml = Files.readString(file).replaceFirst(" formatVersion=\"\\d+\"", "");
        Files.writeString(file, xml); // as a library written before versions were recorded
        WorkbenchSession session = WorkbenchSession.open(folder, new NullProgressMonitor());
        String text = LibraryStatus.text(session);
        assertTrue(text.contains("format 0 (saved as format " + FormatVersion.CURRENT + " at the next save)"), text);
    }
}
