package org.coprod.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.coprod.testing.FixtureLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's input names a case of one library session: the workbench reuses an editor only for that case of that library. */
class CaseEditorInputTests {

    @TempDir
    Path dir;

    @Test
    void theSameCaseOfAnotherLibraryIsAnotherInput() throws Exception {
        WorkbenchSession first = WorkbenchSession.open(FixtureLibraries.twoCases(dir.resolve("a")).folder(), new NullProgressMonitor());
        WorkbenchSession second = WorkbenchSession.open(FixtureLibraries.twoCases(dir.resolve("b")).folder(), new NullProgressMonitor());
        CaseEditorInput alpha = new CaseEditorInput(second, "alpha");
        assertEquals(alpha, new CaseEditorInput(second, "alpha"));
        assertEquals(alpha.hashCode(), new CaseEditorInput(second, "alpha").hashCode());
        assertNotEquals(alpha, new CaseEditorInput(second, "beta"));
        assertNotEquals(alpha, new CaseEditorInput(first, "alpha"), "the replaced library's editor is not reused");
    }
}
