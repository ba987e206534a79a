package org.coprod.refi.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import REFI-QDA Project or Codebook: opens the import wizard on the open library. */
public final class OpenImportWizard extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new RefiImportWizard()).open();
        return null;
    }
}
