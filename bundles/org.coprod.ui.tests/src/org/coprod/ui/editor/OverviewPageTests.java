package org.coprod.ui.editor;

import java.util.Comparator;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coprod.model.Case;
import org.coprod.testing.SampleLibraries;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Overview page in an editor as narrow as the workbench gives it at 1024 pixels: it must not scroll sideways. */
class OverviewPageTests {

    @TempDir
    Path dir;

    @Test
    void theFormFitsANarrowEditorWithoutScrollingSideways() throws Exception {
        WorkbenchSession session = WorkbenchSession.open(SampleLibraries.copy(dir), new NullProgressMonitor());
        Case longest = session.library().root().getCases().stream()
                .max(Comparator.comparingInt(c -> c.getName() == null ? 0 : c.getName().length())).orElseThrow();
        Shell shell = new Shell(Display.getDefault());
        FormToolkit toolkit = new FormToolkit(shell.getDisplay());
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(460, 700);
            ScrolledForm scrolled = toolkit.createScrolledForm(shell);
            OverviewPage.fill(scrolled.getBody(), new CaseForm(session, longest, toolkit));
            shell.layout(true, true);
            scrolled.reflow(true);
            int needed = scrolled.getBody().computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            int available = scrolled.getClientArea().width;
            assertTrue(needed <= available, "the form needs " + needed + " px of " + available + " (" + longest.getName() + ")");
        } finally {
            toolkit.dispose();
            shell.dispose();
        }
    }
}
