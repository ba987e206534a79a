package org.coprod.ui.memos;

import java.util.Date;
import java.util.Optional;

import org.coprod.core.evidence.Memos;
import org.coprod.model.Coder;
import org.coprod.model.Memo;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.coder.CoderPrompt;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;

/**
 * Writing a memo from a widget: asks for the text (the {@link MemoDialog} in the workbench), in the current coder's
 * name (asked for once, as for coding), and runs core's {@link Memos} command on the library's command stack.
 */
public final class MemoEditing {

    /** Asks for a memo's text: the text given, or empty when the user cancelled. */
    @FunctionalInterface
    public interface Ask {
        Optional<String> ask(Shell shell, String about, Memo memo);
    }

    /** The workbench's: the dialog. */
    public static final MemoEditing DIALOG = new MemoEditing(MemoDialog::ask, CoderPrompt.DIALOG);

    private final Ask ask;
    private final CoderPrompt coder;

    public MemoEditing(Ask ask, CoderPrompt coder) {
        this.ask = ask;
        this.coder = coder;
    }

    /**
     * Writes a memo on {@code owner}: a new one ({@code memo} null) or {@code memo} again; returns a sentence saying
     * what happened, for a status line.
     */
    public String edit(Shell shell, WorkbenchSession session, EObject owner, Memo memo, String about) {
        Optional<String> text = ask.ask(shell, about, memo);
        if (text.isEmpty()) {
            return Messages.MemoEditing_noMemo;
        }
        Optional<Coder> who = coder.coderIn(shell, session.library().root());
        if (who.isEmpty()) {
            return Messages.MemoEditing_noCoder;
        }
        Command command = Memos.write(session.editingDomain(), session.library().root(), owner, memo, text.get(), who.get(), new Date());
        if (!command.canExecute()) {
            return memo == null ? Messages.MemoEditing_empty : Messages.MemoEditing_unchanged;
        }
        session.execute(command);
        return memo == null ? Messages.MemoEditing_added : text.get().isBlank() ? Messages.MemoEditing_memoRemoved
                : Messages.MemoEditing_saved;
    }

    /** Removes a memo of {@code owner}, one undoable step. */
    public String remove(WorkbenchSession session, EObject owner, Memo memo) {
        return session.execute(Memos.remove(session.editingDomain(), owner, memo)) ? Messages.MemoEditing_memoRemoved
                : Messages.MemoEditing_theMemoCouldNot;
    }
}
