package org.coprod.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.search.SearchHit;
import org.coprod.testing.ExchangeLibraries;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.documents.CaseDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search view's results on a real tree: each case found expands to the documents it draws on, which open on a double-click. */
class HitTreeTests {

    @TempDir
    Path dir;
    private Shell shell;
    private WorkbenchSession session;
    private final List<Object> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        session = WorkbenchSession.open(ExchangeLibraries.coded(dir.resolve("lib")).folder(), new NullProgressMonitor());
        shell = new Shell(Display.getDefault());
        GridLayoutFactory.fillDefaults().applyTo(shell);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private HitTree tree() {
        HitTree tree = new HitTree(shell, () -> session, new HitTree.Opener() {
            @Override
            public void openCase(SearchHit hit) {
                opened.add(hit);
            }

            @Override
            public void openDocument(CaseDocument document) {
                opened.add(document);
            }
        });
        shell.setSize(900, 400);
        shell.open();
        return tree;
    }

    @Test
    void aCaseFoundExpandsToItsDocumentsAndADoubleClickedDocumentOpensForThatCase() {
        HitTree tree = tree();
        String alpha = session.library().root().getCases().stream().filter(c -> c.getName().startsWith("Alpha")).findFirst()
                .orElseThrow().getId();
        session.library().root().getCases().stream().filter(c -> !c.getId().equals(alpha)).forEach(c -> c.getDocuments().clear());
        String other = session.library().root().getCases().stream().filter(c -> !c.getId().equals(alpha)).findFirst().orElseThrow()
                .getId();
        tree.show(List.of(new SearchHit(alpha, "Alpha budget forum", 2.5f, 1990, "the **sewers**", "summary"),
                new SearchHit(other, "Beta village shop", 1.0f, null, "a shop", "summary")));
        Tree t = tree.viewer().getTree();
        assertEquals(2, t.getItemCount());
        assertEquals("Alpha budget forum", t.getItem(0).getText(0));
        assertEquals("1990", t.getItem(0).getText(1));
        assertEquals("2.5", t.getItem(0).getText(2));
        tree.viewer().expandAll();
        TreeItem[] documents = t.getItem(0).getItems();
        assertEquals(1, documents.length, "alpha draws on one document");
        assertEquals("Interview with the federation", documents[0].getText(0));
        assertEquals("", documents[0].getText(2), "a document has no score");
        assertEquals(0, t.getItem(1).getItemCount(), "a case without documents has nothing under it");

        t.setSelection(documents[0]);
        Event e = new Event();
        e.item = documents[0];
        t.notifyListeners(SWT.DefaultSelection, e);
        assertEquals(1, opened.size());
        CaseDocument d = (CaseDocument) opened.get(0);
        assertEquals(alpha, d.caseId(), "opened coded for the case it sits under");
        assertEquals(ExchangeLibraries.DOCUMENT_ID, d.document().getId());

        t.setSelection(t.getItem(1));
        e.item = t.getItem(1);
        t.notifyListeners(SWT.DefaultSelection, e);
        assertTrue(opened.get(1) instanceof SearchHit h && h.id().equals(other), "a case row opens the case");
        assertFalse(opened.get(1) instanceof CaseDocument);
    }
}
