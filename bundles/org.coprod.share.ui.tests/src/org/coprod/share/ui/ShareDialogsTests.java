package org.coprod.share.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.coprod.share.Conflict;
import org.coprod.share.LibraryStatus;
import org.coprod.share.Side;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Share dialogs on real SWT widgets. */
class ShareDialogsTests {

    private Shell shell;

    @BeforeEach
    void shell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    private static final Conflict SUMMARY = new Conflict("alpha", "summary", null, "Ben's summary", "Ana's summary");
    private static final Conflict CONFIDENCE = new Conflict("alpha", "codings[bovaird.P2-D2]/confidence", "high", "medium", "low");

    @Test
    void theMergeDialogShowsEachFieldsThreeValuesAndMergesOnlyWhenAllAreAnswered() {
        MergeDialog dialog = new MergeDialog(shell, List.of(SUMMARY, CONFIDENCE), id -> "Alpha budget forum");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TableItem first = dialog.table().getItem(0);
            assertEquals("Alpha budget forum", first.getText(MergeDialog.CASE));
            assertEquals("summary", first.getText(MergeDialog.FIELD));
            assertEquals("(empty)", first.getText(MergeDialog.BASE), "an empty ancestor is shown as empty, not as a value");
            assertEquals("Ben's summary", first.getText(MergeDialog.MINE));
            assertEquals("Ana's summary", first.getText(MergeDialog.THEIRS));
            assertFalse(dialog.mergeButton().isEnabled());

            dialog.table().setSelection(0);
            dialog.take(Side.THEIRS);
            assertEquals("theirs", first.getText(MergeDialog.TAKE));
            assertFalse(dialog.mergeButton().isEnabled(), "one conflict is still unanswered");

            dialog.table().setSelection(1);
            dialog.take(Side.BASE);
            assertTrue(dialog.mergeButton().isEnabled());
            assertEquals(Map.of(SUMMARY, Side.THEIRS, CONFIDENCE, Side.BASE), dialog.answers());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theRemoteDialogShowsTheRemoteItHasAndWantsAnAddress() {
        RemoteDialog dialog = new RemoteDialog(shell, "file:///srv/old.git");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("file:///srv/old.git", dialog.field().getText(), "the remote it has, to change");
            assertTrue(dialog.okButton().isEnabled());
            dialog.field().setText("   ");
            assertFalse(dialog.okButton().isEnabled(), "no address, no OK");
            dialog.field().setText("  https://example.org/team/lib.git ");
            assertTrue(dialog.okButton().isEnabled());
            dialog.okButton().notifyListeners(SWT.Selection, new Event());
            assertEquals("https://example.org/team/lib.git", dialog.address());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theCommitDialogListsCasesByNameAndWantsAMessage() {
        LibraryStatus status = new LibraryStatus(List.of(
                new LibraryStatus.ChangedCase("gamma", "Gamma water board", LibraryStatus.Kind.ADDED),
                new LibraryStatus.ChangedCase("alpha", "Alpha budget forum", LibraryStatus.Kind.CHANGED)), true, List.of(), 0, 0, false);
        CommitDialog dialog = new CommitDialog(shell, status, "Ana Silva");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(List.of("Gamma water board (new)", "Alpha budget forum (changed)",
                    "The library file: typologies, actors, sources, codebook (changed)"), CommitDialog.lines(status));
            assertFalse(dialog.commitButton().isEnabled());
            dialog.messageField().setText("Coded the water boards");
            assertTrue(dialog.commitButton().isEnabled());
            dialog.messageField().setText("   ");
            assertFalse(dialog.commitButton().isEnabled(), "a blank message is no message");
        } finally {
            dialog.close();
        }
    }
}
