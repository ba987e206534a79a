package org.coprod.ui.retrieval;

import static org.coprod.ui.CodedNotes.A1;
import static org.coprod.ui.CodedNotes.A2;
import static org.coprod.ui.CodedNotes.A3;
import static org.coprod.ui.CodedNotes.B1;
import static org.coprod.ui.CodedNotes.B2;
import static org.coprod.ui.CodedNotes.C1;
import static org.coprod.ui.CodedNotes.C2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Retrieval.Found;
import org.coprod.core.evidence.Retrieval.Scope;
import org.coprod.model.Code;
import org.coprod.model.Sector;
import org.coprod.ui.CodedNotes;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.retrieval.QueryTerm.Role;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Retrieval view's content on a real shell: the passages of a query, in the table, exactly. */
class RetrievalPaneTests {

    @TempDir
    Path dir;
    private Shell shell;
    private RetrievalPane pane;
    private WorkbenchSession session;

    @BeforeEach
    void open() throws Exception {
        session = CodedNotes.open(dir);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        pane = new RetrievalPane(shell);
        pane.show(session);
        shell.setSize(1200, 500);
        shell.layout(true, true);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private Code code(String name) {
        return CodedNotes.code(session, name);
    }

    /** The table shows these passages, one a row, in this order (each row holds its passage within some context). */
    private void assertRowsShow(String... passages) {
        Table table = pane.table().viewer().getTable();
        assertEquals(passages.length, table.getItemCount());
        for (int i = 0; i < passages.length; i++) {
            String line = table.getItem(i).getText(0);
            assertTrue(line.contains(passages[i]), "row " + i + " shows " + line);
        }
    }

    @Test
    void trustAndNotClientelismWithinTheSamePassageListsTheTrustPassagesWithoutClientelism() {
        pane.builder().add(code("trust"), Role.ALL);
        pane.builder().add(code("clientelism"), Role.NONE);
        assertEquals(List.of(A1, B1, C2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        assertRowsShow(A1, B1, C2);
        assertTrue(pane.heading().startsWith("trust AND NOT clientelism, within the same passage: 3 passages in 3 cases"),
                pane.heading());
        assertEquals("trust AND NOT clientelism", pane.title());
        assertEquals("within the same passage", pane.description());
    }

    @Test
    void withinTheSameCaseOnlyTheCaseWithNoClientelismAnywhereRemains() {
        pane.builder().add(code("trust"), Role.ALL);
        pane.builder().add(code("clientelism"), Role.NONE);
        pane.builder().scope(Scope.CASE);
        // alpha and gamma have clientelism somewhere; beta does not, and its trust passage is B1.
        assertEquals(List.of(B1), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        assertRowsShow(B1);
        assertEquals("Beta village shop", pane.table().viewer().getTable().getItem(0).getText(1));
    }

    @Test
    void twoCodesInTheSameCaseListEveryPassageOfEitherInTheCasesThatHaveBoth() {
        pane.builder().add(code("clientelism"), Role.ALL);
        pane.builder().add(code("co-financing"), Role.ALL);
        assertEquals(List.of(), pane.found(), "no passage carries both");
        pane.builder().scope(Scope.CASE);
        // alpha (A2 clientelism, A3 co-financing) and gamma (C1, C2); beta has no clientelism.
        assertEquals(List.of(A2, A3, C1, C2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        assertRowsShow(A2, A3, C1, C2);
    }

    @Test
    void anyOfTakesEitherCodeAndTheCaseFiltersKeepToACountryOrSector() {
        pane.builder().add(code("clientelism"), Role.ANY);
        pane.builder().add(code("co-financing"), Role.ANY);
        assertEquals(List.of(A2, A3, B2, C1, C2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        assertEquals(List.of("BR", "GB", "IN"), pane.filters().countriesOffered().stream().sorted().toList());
        assertTrue(List.of(pane.filters().countryCombo().getItems()).contains("Brazil (BR)"));
        pane.filters().choose("GB", null, null);
        pane.run();
        assertEquals(List.of(B2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        pane.filters().choose(null, Sector.WATER, null);
        pane.run();
        assertEquals(List.of(B2, C1, C2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
    }

    @Test
    void eachRowShowsThePassageWithTheTextAroundItAndItsTextsTitle() {
        pane.builder().add(code("co-financing"), Role.ALL);
        pane.filters().choose("BR", null, null);
        pane.run();
        Found only = pane.found().get(0);
        assertEquals(A3, only.segment().getQuote());
        String line = pane.table().viewer().getTable().getItem(0).getText(0);
        assertTrue(line.contains("Then " + A3 + " " + CodedNotes.A4.substring(0, 10)), line);
        assertEquals("Interview", pane.table().viewer().getTable().getItem(0).getText(3));
        assertEquals("co-financing", pane.table().viewer().getTable().getItem(0).getText(2));
    }

    @Test
    void aCodeMergedAwayLeavesTheQueryAndAnEditIsRetrievedAgain() throws Exception {
        pane.builder().add(code("clientelism"), Role.ALL);
        assertEquals(List.of(A2, C1), pane.found().stream().map(f -> f.segment().getQuote()).toList());
        session.execute(CodebookChanges.merge(session.editingDomain(), session.library().root(), code(
                "clientelism"), code("trust")));
        pane.refresh();
        assertTrue(pane.builder().terms().isEmpty(), "the merged code left the query");
        pane.builder().add(code("trust"), Role.ALL);
        assertEquals(List.of(A1, A2, B1, C1, C2), pane.found().stream().map(f -> f.segment().getQuote()).toList());
    }
}
