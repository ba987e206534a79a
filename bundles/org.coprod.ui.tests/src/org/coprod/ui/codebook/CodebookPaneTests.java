package org.coprod.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.model.Code;
import org.coprod.model.Memo;
import org.coprod.model.Segment;
import org.coprod.ui.CodedNotes;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Codebook view's content on a real shell over a library built by hand: its counts, and every change through its actions. */
class CodebookPaneTests {

    @TempDir
    Path dir;
    private Shell shell;
    private CodebookPane pane;
    private WorkbenchSession session;
    /** The answers the test gives, in order, to the pane's questions; and what the pane said. */
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> said = new ArrayList<>();
    private final WorkbenchSession.Observer follow = new WorkbenchSession.Observer() {
        @Override
        public void dirtyChanged(WorkbenchSession s) {
            pane.refresh(); // what the view does (a moment later) after every command, undo and redo
        }
    };

    @BeforeEach
    void open() throws Exception {
        session = CodedNotes.open(dir);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        pane = new CodebookPane(shell, new CodebookQuestions() {
            @Override
            public String name(String title, String message, String initial) {
                said.add(message);
                return (String) answers.poll();
            }

            @Override
            public boolean confirm(String title, String message) {
                said.add(message);
                return (Boolean) answers.poll();
            }

            @Override
            public Code choose(String title, String message, List<Code> choices) {
                said.add(message);
                Code c = (Code) answers.poll();
                assertTrue(choices.contains(c), "offered " + choices);
                return c;
            }

            @Override
            public RGB colour(RGB initial) {
                return (RGB) answers.poll();
            }

            @Override
            public void refused(String title, String message) {
                said.add(message);
            }
        });
        pane.show(session);
        shell.setSize(700, 800);
        shell.layout(true, true);
        WorkbenchSession.addObserver(follow);
    }

    @AfterEach
    void close() {
        WorkbenchSession.removeObserver(follow);
        shell.dispose();
    }

    private Code code(String name) {
        return CodedNotes.code(session, name);
    }

    /** The tree's row for a code: name, passages, cases, as shown. */
    private String[] row(Code code) {
        pane.tree().viewer().expandAll();
        for (TreeItem item : all(pane.tree().viewer().getTree().getItems())) {
            if (item.getData() == code) {
                return new String[] { item.getText(0), item.getText(1), item.getText(2) };
            }
        }
        return null;
    }

    private static List<TreeItem> all(TreeItem[] items) {
        List<TreeItem> out = new ArrayList<>();
        for (TreeItem i : items) {
            out.add(i);
            out.addAll(all(i.getItems()));
        }
        return out;
    }

    private TreeItem parentItem(Code code) {
        pane.tree().viewer().expandAll();
        for (TreeItem item : all(pane.tree().viewer().getTree().getItems())) {
            if (item.getData() == code) {
                return item.getParentItem();
            }
        }
        throw new AssertionError(code.getName() + " is not in the tree");
    }

    private Set<String> quotesOf(Code code) {
        return session.library().root().getCases().stream().flatMap(c -> c.getSegments().stream()).filter(s -> s.getCodes().contains(
                code)).map(Segment::getQuote).collect(Collectors.toSet());
    }

    @Test
    void theTreeShowsEachCodeUnderItsGroupWithThePassagesAndCasesItCodes() {
        // Counted by hand from the library's table (CodedNotes).
        assertEquals(List.of("trust", "4", "3"), List.of(row(code("trust"))));
        assertEquals(List.of("clientelism", "2", "2"), List.of(row(code("clientelism"))));
        assertEquals(List.of("co-financing", "3", "3"), List.of(row(code("co-financing"))));
        // The group counts the passages of its codes once each: A1, A2, B1, C1, C2.
        assertEquals(List.of("Relations", "5", "3"), List.of(row(code("Relations"))));
        assertEquals(code("Relations"), parentItem(code("trust")).getData());
        assertNull(parentItem(code("co-financing")));
        Code governance = code("driver:GOVERNANCE");
        assertEquals(List.of("1", "1"), List.of(row(governance)).subList(1, 3));
        assertEquals(code("drivers"), parentItem(governance).getData());
        assertEquals(List.of("0", "0"), List.of(row(code("driver:BOTH"))).subList(1, 3));
    }

    @Test
    void newCodeGoesUnderTheSelectedCodeAndUndoAndRedoTakeItBackAndBringItAgain() {
        pane.tree().select(code("Relations"));
        answers.add("reciprocity");
        pane.newCodeAction().run();
        Code made = code("reciprocity");
        assertEquals(code("Relations"), made.getParent());
        assertEquals(made, pane.tree().selected());
        assertEquals(List.of("reciprocity", "0", "0"), List.of(row(made)));
        session.commandStack().undo();
        assertFalse(session.library().root().getCodebook().getCodes().contains(made));
        assertNull(row(made));
        session.commandStack().redo();
        assertTrue(session.library().root().getCodebook().getCodes().contains(made));
        assertEquals(code("Relations"), parentItem(made).getData());
    }

    @Test
    void renameChangesTheNameUndoRestoresItAndATakenNameIsRefusedInTheCodebooksWords() {
        Code trust = code("trust");
        pane.tree().select(trust);
        answers.add("mutual trust");
        pane.renameAction().run();
        assertEquals("mutual trust", trust.getName());
        assertEquals("mutual trust", row(trust)[0]);
        session.commandStack().undo();
        assertEquals("trust", trust.getName());

        answers.add("Clientelism");
        pane.renameAction().run();
        assertEquals("trust", trust.getName());
        assertEquals("The codebook already has a code named “clientelism”.", said.get(said.size() - 1));
    }

    @Test
    void aDropMovesACodeUnderAnotherOrToTheTopAndAMoveUnderItselfIsRefused() {
        Code trust = code("trust");
        Code relations = code("Relations");
        assertTrue(pane.drop(trust, code("co-financing")));
        assertEquals(code("co-financing"), trust.getParent());
        assertEquals(code("co-financing"), parentItem(trust).getData());
        session.commandStack().undo();
        assertEquals(relations, trust.getParent());

        pane.tree().select(trust);
        pane.moveToTopAction().run();
        assertNull(trust.getParent());
        assertNull(parentItem(trust));
        session.commandStack().undo();
        assertEquals(relations, parentItem(trust).getData());

        assertFalse(pane.drop(relations, trust));
        assertNull(relations.getParent());
        assertTrue(said.get(said.size() - 1).contains("cannot move under itself"), said.toString());
    }

    @Test
    void mergeMovesThePassagesToTheSurvivingCodeAndUndoBringsTheMergedCodeBackWithItsPassages() {
        Code trust = code("trust");
        Code clientelism = code("clientelism");
        pane.tree().select(clientelism);
        answers.add(trust);
        pane.mergeAction().run();
        assertFalse(session.library().root().getCodebook().getCodes().contains(clientelism));
        // A2 had both and keeps one "trust"; C1 now is trust's too.
        assertEquals(Set.of(CodedNotes.A1, CodedNotes.A2, CodedNotes.B1, CodedNotes.C1, CodedNotes.C2), quotesOf(trust));
        assertEquals(List.of("trust", "5", "3"), List.of(row(trust)));
        assertNull(row(clientelism));

        session.commandStack().undo();
        assertTrue(session.library().root().getCodebook().getCodes().contains(clientelism));
        assertEquals(Set.of(CodedNotes.A2, CodedNotes.C1), quotesOf(clientelism));
        assertEquals(List.of("trust", "4", "3"), List.of(row(trust)));
        assertEquals(List.of("clientelism", "2", "2"), List.of(row(clientelism)));
    }

    @Test
    void deleteAsksWithWhatItAffectsRemovesPassagesLeftWithNoCodeAndUndoRestoresThem() {
        Code cofinancing = code("co-financing");
        int segments = session.library().root().getCases().stream().mapToInt(c -> c.getSegments().size()).sum();
        pane.tree().select(cofinancing);
        answers.add(false);
        pane.deleteAction().run();
        assertTrue(said.get(said.size() - 1).contains("It codes 3 passages in 3 cases"), said.get(said.size() - 1));
        assertTrue(session.library().root().getCodebook().getCodes().contains(cofinancing), "the user said no");

        answers.add(true);
        pane.deleteAction().run();
        assertFalse(session.library().root().getCodebook().getCodes().contains(cofinancing));
        // A3 and B2 had no other code and went; C2 keeps "trust".
        assertEquals(segments - 2, session.library().root().getCases().stream().mapToInt(c -> c.getSegments().size()).sum());
        assertTrue(quotesOf(code("trust")).contains(CodedNotes.C2));

        session.commandStack().undo();
        assertEquals(Set.of(CodedNotes.A3, CodedNotes.B2, CodedNotes.C2), quotesOf(cofinancing));
        assertEquals(List.of("co-financing", "3", "3"), List.of(row(cofinancing)));
    }

    @Test
    void aBuiltInCodeCannotBeMergedAwayOrDeletedAndTheUserIsToldWhy() {
        Code governance = code("driver:GOVERNANCE");
        pane.tree().select(governance);
        pane.deleteAction().run();
        assertTrue(said.get(said.size() - 1).contains("built-in dimension and cannot be deleted"), said.toString());
        pane.mergeAction().run();
        assertTrue(said.get(said.size() - 1).contains("built-in dimension and cannot be merged away"), said.toString());
        assertTrue(session.library().root().getCodebook().getCodes().contains(governance));
        assertFalse(session.isDirty());
    }

    @Test
    void colourSetsTheCodesColourUndoably() {
        Code trust = code("trust");
        pane.tree().select(trust);
        answers.add(new RGB(0x12, 0x34, 0x56));
        pane.colourAction().run();
        assertEquals("#123456", trust.getColour());
        session.commandStack().undo();
        assertEquals("#2ca02c", trust.getColour());
    }

    @Test
    void theDefinitionIsTypedIntoTheCodeAndAMemoIsTheCurrentCodersWithItsText() {
        Code trust = code("trust");
        pane.tree().select(trust);
        CodeDetails details = pane.details();
        Text definition = (Text) details.definition().control();
        assertEquals("Confidence between the sides.", definition.getText());
        // Keystrokes, each a change of the field's text that the view redraws after, as typing in the workbench does.
        definition.setText("C");
        definition.setText("Confidence that");
        definition.setText("Confidence that the other side keeps its word.");
        assertEquals("Confidence that the other side keeps its word.", trust.getDefinition());
        session.commandStack().undo();
        assertEquals("Confidence between the sides.", trust.getDefinition(), "one undo takes back the whole burst of typing");
        assertEquals("Confidence between the sides.", definition.getText());

        CurrentCoder.set("Memo Writer");
        Memo memo = details.addMemo();
        assertNotNull(memo);
        assertEquals(List.of(memo), trust.getMemos());
        assertEquals("Memo Writer", memo.getAuthor().getName());
        assertTrue(session.library().root().getCoders().contains(memo.getAuthor()), "the coder is recorded in the library");
        Text text = (Text) details.memoText().control();
        text.setText("Ask");
        text.setText("Ask the second coder about A2.");
        assertEquals("Ask the second coder about A2.", memo.getText());
        assertEquals(1, details.memos().getTable().getItemCount());
        session.commandStack().undo();
        assertEquals("", memo.getText());
        session.commandStack().undo();
        assertTrue(trust.getMemos().isEmpty());
    }

    @Test
    void aDraggedCodeCarriesItsIdAsTextThatNamesItInItsCodebookOnly() {
        Code trust = code("trust");
        String text = CodeDrag.text(trust);
        assertEquals("coprod-code:" + trust.getId(), text);
        assertEquals(trust, CodeDrag.code(session.library().root().getCodebook(), text).orElseThrow());
        assertTrue(CodeDrag.code(session.library().root().getCodebook(), "trust").isEmpty());
        assertTrue(CodeDrag.code(session.library().root().getCodebook(), "coprod-code:no-such-code").isEmpty());
    }
}
