package org.coprod.share.ui;

import java.nio.file.Path;

import org.coprod.model.Case;
import org.coprod.share.SharedLibrary;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; History of Case: the commits of the selected case, with who changed what, field by field. */
public final class HistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        WorkbenchSession session = WorkbenchSession.active();
        if (!(first instanceof Case c) || session == null) {
            MessageDialog.openInformation(shell, Messages.Step_history, Messages.History_selectCase);
            return null;
        }
        Path folder = session.folder();
        String id = c.getId();
        String name = c.getName() == null ? id : c.getName();
        ShareJob.start(NLS.bind(Messages.Step_historyOf, name), shell, monitor -> {
            try (SharedLibrary shared = Handlers.open(shell, folder)) {
                return shared.history(id);
            }
        }, versions -> new HistoryDialog(shell, name, versions).open());
        return null;
    }
}
