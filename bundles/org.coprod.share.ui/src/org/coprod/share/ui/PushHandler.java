package org.coprod.share.ui;

import org.coprod.share.Exchange;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Share &gt; Push: sends the commits; a remote that moved on is reported as "pull first". */
public final class PushHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Handlers.exchange(shell, Messages.Step_push, (shared, login, monitor) -> {
            Exchange.push(shared, login, monitor);
            return Boolean.TRUE;
        }, (folder, done) -> {
            ShareMarks.refresh(folder);
            MessageDialog.openInformation(shell, Messages.Step_push, Messages.Push_done);
        });
        return null;
    }
}
