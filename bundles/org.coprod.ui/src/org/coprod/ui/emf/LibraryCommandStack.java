package org.coprod.ui.emf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The library's one command stack. Two things a plain {@link BasicCommandStack} cannot do, both so that nothing a user
 * typed is lost or written onto the wrong object:
 * <ul>
 * <li>edits still pending in a widget (a table cell being edited) are committed, as their own command, before any undo,
 * redo or save ({@link #commitPendingEdits()});</li>
 * <li>a burst of typing in one field is one undoable command that grows with every keystroke ({@link #amend}).</li>
 * </ul>
 */
public final class LibraryCommandStack extends BasicCommandStack {

    private final List<Runnable> pendingEdits = new CopyOnWriteArrayList<>();

    /** Registers a widget's way of committing what it holds but has not yet given to the model. */
    public Runnable addPendingEdit(Runnable commit) {
        pendingEdits.add(commit);
        return () -> pendingEdits.remove(commit);
    }

    /** Commits what widgets still hold; each becomes a command of its own. */
    public void commitPendingEdits() {
        pendingEdits.forEach(Runnable::run);
    }

    /** The commands whose effect the last save does not hold: executed since, or undone since. */
    public List<Command> unsavedCommands() {
        if (saveIndex < -1) {
            return List.copyOf(commandList); // the saved state was dropped from the stack: everything counts
        }
        if (top > saveIndex) {
            return List.copyOf(commandList.subList(saveIndex + 1, top + 1));
        }
        return top < saveIndex ? List.copyOf(commandList.subList(top + 1, saveIndex + 1)) : List.of();
    }

    @Override
    public void undo() {
        commitPendingEdits();
        super.undo();
    }

    @Override
    public void redo() {
        commitPendingEdits();
        super.redo();
    }

    /**
     * Whether {@code command} is the command on top of the stack, executed last and not yet saved, so that a change can
     * be folded into it instead of becoming a command of its own.
     */
    public boolean canAmend(Command command) {
        return command != null && getUndoCommand() == command && getMostRecentCommand() == command && isSaveNeeded();
    }

    /** Folds a change into the top command (see {@link #canAmend}) and tells the listeners as for a new command. */
    public void amend(TypedText command, Object value) {
        if (!canAmend(command)) {
            throw new IllegalStateException(Messages.LibraryCommandStack_onlyTheUnsavedCommand);
        }
        command.amend(value);
        notifyListeners();
    }
}
