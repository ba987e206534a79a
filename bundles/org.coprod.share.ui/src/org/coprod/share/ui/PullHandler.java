package org.coprod.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coprod.model.Case;
import org.coprod.share.Conflict;
import org.coprod.share.Exchange;
import org.coprod.share.PullResult;
import org.coprod.share.SharedLibrary;
import org.coprod.share.Side;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Share &gt; Pull: fetches and merges case by case; conflicts go to the Merge dialog, whose answers finish the pull and
 * whose Cancel cancels it (the library is as before). A pull still waiting for answers (from the command line, or a
 * workbench closed meanwhile) is taken up where it was. After a merge the cases it changed are read again.
 */
public final class PullHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Handlers.exchange(shell, Messages.Step_pull, (shared, login, monitor) -> {
            List<Conflict> waiting = Exchange.openConflicts(shared);
            if (!waiting.isEmpty()) {
                return new PullResult(PullResult.Outcome.CONFLICTS, List.of(), waiting, null);
            }
            return Exchange.pull(shared, login, ShareContext.who(), monitor);
        }, (folder, result) -> show(shell, folder, result));
        return null;
    }

    static void show(Shell shell, Path folder, PullResult result) {
        ShareMarks.refresh(folder);
        switch (result.outcome()) {
            case UP_TO_DATE -> MessageDialog.openInformation(shell, Messages.Step_pull, Messages.Pull_upToDate);
            case MERGED -> {
                PulledFiles.show(shell, folder, result.changed());
                MessageDialog.openInformation(shell, Messages.Step_pull,
                        NLS.bind(Messages.Pull_merged, result.changed().size(), result.backup()));
            }
            case CONFLICTS -> answer(shell, folder, result.conflicts());
        }
    }

    private static void answer(Shell shell, Path folder, List<Conflict> conflicts) {
        MergeDialog dialog = new MergeDialog(shell, conflicts, PullHandler::caseName);
        if (dialog.open() != Window.OK) {
            ShareJob.start(Messages.Step_cancelPull, shell, monitor -> {
                try (SharedLibrary shared = SharedLibrary.open(folder)) {
                    return Exchange.abort(shared);
                }
            }, done -> MessageDialog.openInformation(shell, Messages.Step_pull, Messages.Pull_cancelled));
            return;
        }
        Map<Conflict, Side> answers = dialog.answers();
        ShareJob.start(Messages.Step_merge, shell, monitor -> {
            try (SharedLibrary shared = SharedLibrary.open(folder)) {
                return Exchange.resolve(shared, answers, ShareContext.who());
            }
        }, result -> show(shell, folder, result));
    }

    /** A case's name for the dialog, from the open library; the library file and other files by their own label. */
    static String caseName(String caseId) {
        if (caseId.equals(Conflict.LIBRARY)) {
            return Messages.Pull_libraryFile;
        }
        WorkbenchSession session = WorkbenchSession.active();
        Case c = session == null || !session.isLoaded() ? null : session.findCase(caseId);
        return c == null || c.getName() == null ? caseId : NLS.bind(Messages.Pull_caseName, c.getName(), caseId);
    }
}
