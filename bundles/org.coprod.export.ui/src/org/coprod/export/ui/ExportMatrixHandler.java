package org.coprod.export.ui;

import java.util.List;

import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.export.MatrixExport;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.framework.FrameworkMatrixView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Export in the Framework Matrix view: the matrix as shown (its rows and codes) as an Excel workbook or CSV. */
public class ExportMatrixHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActivePart(event) instanceof FrameworkMatrixView view) || view.pane().session() == null) {
            return null;
        }
        FrameworkMatrix matrix = view.pane().grid().matrix();
        if (matrix == null || matrix.codes().isEmpty() || matrix.cases().isEmpty()) {
            MessageDialog.openInformation(shell, "Export Framework Matrix",
                    "The matrix has no codes or no cases to export: choose codes first.");
            return null;
        }
        WorkbenchSession session = view.pane().session();
        EvidenceExport.run(shell, "Export Framework Matrix", "matrix.xlsx", List.of("*.xlsx", "*.csv"),
                List.of("Excel workbook (*.xlsx)", "CSV (*.csv)"), (file, overwrite) -> MatrixExport.Format.of(file)
                        .map(format -> new MatrixExport(format, file, session.folder(), overwrite))
                        .map(export -> new EvidenceExport.Writer(export::check, () -> {
                            MatrixExport.Content content = export.read(matrix); // on the UI thread, which owns the model
                            return monitor -> export.write(content, monitor);
                        })));
        return null;
    }
}
