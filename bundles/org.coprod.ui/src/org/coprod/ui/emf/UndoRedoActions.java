package org.coprod.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo on a command stack, installed as a part's global action handlers so that Edit > Undo/Redo and
 * Ctrl+Z/Ctrl+Y reach the library's one command stack from every view and editor (EMF.Edit UI's UndoAction/RedoAction).
 */
public final class UndoRedoActions {

    private final StackAction undo;
    private final StackAction redo;

    public UndoRedoActions(CommandStack stack) {
        undo = new StackAction(stack, true);
        redo = new StackAction(stack, false);
        update();
    }

    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public void update() {
        undo.update();
        redo.update();
    }

    private static final class StackAction extends Action {
        private final CommandStack stack;
        private final boolean isUndo;

        StackAction(CommandStack stack, boolean isUndo) {
            this.stack = stack;
            this.isUndo = isUndo;
            setActionDefinitionId(isUndo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
        }

        @Override
        public void run() {
            if (isUndo && stack.canUndo()) {
                stack.undo();
            } else if (!isUndo && stack.canRedo()) {
                stack.redo();
            }
        }

        void update() {
            Command c = isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
            setEnabled(isUndo ? stack.canUndo() : stack.canRedo());
            String label = c != null && c.getLabel() != null ? " " + c.getLabel() : "";
            setText((isUndo ? Messages.UndoRedoActions_undo : Messages.UndoRedoActions_redo) + label);
        }
    }
}
