package org.coprod.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.testing.CodedLibraries;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigator's tree on real SWT: groups of cases, and under a case the documents it draws on, by title. */
class CaseTreeTests {

    @TempDir
    Path dir;
    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
        WorkbenchSession.closeActive();
    }

    @Test
    void groupsShowTheirCasesByNameAndACaseItsDocumentsOnlyWhenItHasSome() throws Exception {
        CodedLibraries.write(dir);
        WorkbenchSession session = WorkbenchSession.open(dir, new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        TreeViewer viewer = new TreeViewer(shell, SWT.MULTI);
        CaseTree.install(viewer, () -> session);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            viewer.setInput(Grouping.COUNTRY.groups(session.summaries()));
        } finally {
            Locale.setDefault(before);
        }
        viewer.expandAll();

        TreeItem[] groups = viewer.getTree().getItems();
        // countries by name, in the order of their names
        assertEquals(List.of("Brazil (BR) (1)", "Kenya (KE) (1)", "United Kingdom (GB) (1)"),
                Arrays.stream(groups).map(TreeItem::getText).toList());
        TreeItem alpha = groups[0].getItems()[0];
        assertEquals("Alpha budget forum", alpha.getText());
        assertEquals(List.of(CodedLibraries.DOCUMENT_TITLE), Arrays.stream(alpha.getItems()).map(TreeItem::getText).toList());
        assertTrue(alpha.getImage() == null, "a case has no document icon");
        assertFalse(alpha.getItems()[0].getImage() == null, "a document has its icon");
        TreeItem beta = groups[2].getItems()[0];
        assertEquals("Beta village shop", beta.getText());
        assertEquals(0, beta.getItemCount(), "a case without documents cannot be expanded");
    }

    @Test
    void aCaseStaysTheSameOpenNodeWhenItsSummaryChanges() throws Exception {
        CodedLibraries.write(dir);
        WorkbenchSession session = WorkbenchSession.open(dir, new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        TreeViewer viewer = new TreeViewer(shell, SWT.MULTI);
        CaseTree.install(viewer, () -> session);
        viewer.setInput(Grouping.COUNTRY.groups(session.summaries()));
        viewer.expandAll();
        Object[] expanded = viewer.getExpandedElements();

        Case alphaCase = session.findCase("alpha");
        CaseSummary before = session.summaries().iterator().next();
        session.execute(SetCommand.create(session.editingDomain(), alphaCase, CoprodPackage.Literals.CASE__NAME, "Alpha forum"));
        assertFalse(before == session.summaries().iterator().next(), "renaming gives the case a new summary");
        viewer.setInput(Grouping.COUNTRY.groups(session.summaries()));
        viewer.setExpandedElements(expanded);

        TreeItem alpha = viewer.getTree().getItems()[0].getItems()[0];
        assertEquals("Alpha forum", alpha.getText());
        assertTrue(alpha.getExpanded(), "the case with its documents is still open");
        assertEquals(CodedLibraries.DOCUMENT_TITLE, alpha.getItems()[0].getText());
    }
}
