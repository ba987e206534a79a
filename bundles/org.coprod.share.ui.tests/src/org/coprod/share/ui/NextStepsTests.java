package org.coprod.share.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.coprod.core.Library;
import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.NextStep;
import org.coprod.share.ShareException;
import org.coprod.share.SharedLibrary;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sharing refusal that advises another step names it as the workbench offers it, the Share menu's entry, where the
 * command line (which prints the plain message) names its command.
 */
class NextStepsTests {

    private static final PersonIdent ANA = new PersonIdent("Ana Silva", "ana@example.org");

    @TempDir
    Path dir;

    @Test
    void aPullOverUncommittedChangesNamesShareCommitInTheWorkbenchAndTheCommandOnTheCommandLine() throws Exception {
        Library library = Library.create(dir.resolve("lib"), "Lib");
        try (SharedLibrary shared = SharedLibrary.init(library.folder(), null, ANA)) {
            Files.writeString(library.folder().resolve(Library.LIBRARY_FILE), "\n", StandardOpenOption.APPEND);
            ShareException e = assertThrows(ShareException.class, () -> Exchange.pull(shared, Credentials.NONE, ANA, null));
            String refused = "Cannot pull: the library has changes not yet committed (the library file). Commit them first (";
            assertEquals(refused + "coprod share commit -m MESSAGE); nothing was changed.", e.getMessage());
            assertEquals(refused + "Share > Commit...); nothing was changed.", NextSteps.message(e));
        }
    }

    @Test
    void everyStepIsNamedByTheMenusOwnLabels() {
        assertEquals("Share > Pull", NextSteps.named(NextStep.PULL));
        assertEquals("the Merge dialog that Share > Pull opens", NextSteps.named(NextStep.RESOLVE));
        assertEquals("Cancel Pull in the Merge dialog that Share > Pull opens", NextSteps.named(NextStep.CANCEL_PULL));
        assertEquals("Share > Return to Backup...", NextSteps.named(NextStep.LIST_BACKUPS));
        assertEquals("Share > Share Library...", NextSteps.named(NextStep.SHARE));
        assertEquals("Share > Set Remote...", NextSteps.named(NextStep.ADD_REMOTE));
    }

    /** A push with no remote names the entry that adds one, in the workbench; the command that does, on the command line. */
    @Test
    void aPushWithoutARemoteNamesShareSetRemote() throws Exception {
        Library library = Library.create(dir.resolve("lib"), "Lib");
        try (SharedLibrary shared = SharedLibrary.init(library.folder(), null, ANA)) {
            ShareException e = assertThrows(ShareException.class, () -> Exchange.push(shared, Credentials.NONE, null));
            assertTrue(e.getMessage().contains("coprod share remote URL"), e.getMessage());
            assertTrue(NextSteps.message(e).contains("Share > Set Remote..."), NextSteps.message(e));
        }
    }

    @Test
    void anotherErrorIsShownAsItSays() {
        assertEquals("disk full", NextSteps.message(new IOException("disk full")));
    }
}
