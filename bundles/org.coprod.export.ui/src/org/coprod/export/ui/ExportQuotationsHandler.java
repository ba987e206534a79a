package org.coprod.export.ui;

import java.util.List;

import org.coprod.export.QuotationExport;
import org.coprod.export.QuotationExport.Quotations;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.retrieval.RetrievalPane;
import org.coprod.ui.retrieval.RetrievalView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Export Quotations in the Retrieval view: the passages it lists, as a Word document, Markdown or CSV. */
public class ExportQuotationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActivePart(event) instanceof RetrievalView view) || view.pane().session() == null) {
            return null;
        }
        RetrievalPane pane = view.pane();
        if (pane.found().isEmpty()) {
            MessageDialog.openInformation(shell, "Export Quotations", "The Retrieval view lists no passage to export: add codes first.");
            return null;
        }
        WorkbenchSession session = pane.session();
        // Taken now: the view may retrieve again while the file dialog is open.
        Quotations quotations = new Quotations(pane.title(), pane.description(), pane.found());
        EvidenceExport.run(shell, "Export Quotations", "quotations.docx", List.of("*.docx", "*.md", "*.csv"),
                List.of("Word (*.docx)", "Markdown (*.md)", "CSV (*.csv)"), (file, overwrite) -> QuotationExport.Format.of(file)
                        .map(format -> new QuotationExport(format, file, session.folder(), overwrite))
                        .map(export -> new EvidenceExport.Writer(export::check, () -> {
                            QuotationExport.Content content = export.read(quotations); // on the UI thread, which owns the model
                            return monitor -> export.write(content, monitor);
                        })));
        return null;
    }
}
