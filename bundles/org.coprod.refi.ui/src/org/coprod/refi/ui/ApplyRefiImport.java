package org.coprod.refi.ui;

import org.coprod.core.Library;
import org.coprod.refi.RefiPlan;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;

/**
 * A REFI-QDA import in the workbench: the plan applied to the open library as one undoable edit. Its changes (new
 * coders, codes, documents and cases, and what a merge adds to a case) are recorded as they are made, so Undo takes
 * the whole import back and Redo brings it again; the library's files change only when it is saved. The documents'
 * own files are written before, as new files, since an editor shows a document from its file.
 */
public final class ApplyRefiImport {

    private ApplyRefiImport() {
    }

    /** The edit; unexecutable when the plan may not be applied. */
    public static Command of(Library library, RefiPlan plan) {
        if (!plan.applicable()) {
            return UnexecutableCommand.INSTANCE;
        }
        ChangeCommand command = new ChangeCommand(library.resourceSet()) {
            @Override
            protected void doExecute() {
                plan.apply(library);
            }
        };
        command.setLabel(label(plan));
        return command;
    }

    /** "Import 3 Cases from project.qdpx": what Edit > Undo will take back. */
    static String label(RefiPlan plan) {
        int cases = plan.report().counts().cases();
        String file = String.valueOf(plan.report().file());
        return cases == 0 ? NLS.bind(Messages.Undo_import, file)
                : NLS.bind(cases == 1 ? Messages.Undo_importOneCase : Messages.Undo_importCases, cases, file);
    }
}
