package org.coprod.ui.documents;

import org.coprod.ui.coder.CoderPrompt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Memo;
import org.coprod.model.Segment;
import org.coprod.ui.documents.CodedLibrary.Coded;
import org.coprod.ui.documents.Stripes.Stripe;
import org.coprod.ui.memos.MemoEditing;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coding pane of the document editor on a real shell: highlights and stripes where the segments are (counted in
 * code points, with an emoji before them), coding through the quick-code box with the keyboard, undo and redo on the
 * library's stack, uncoding, refusals in words, and the warning for a text changed after import.
 */
class CodingPaneTests {

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private final AtomicInteger asked = new AtomicInteger();
    /** A prompt that counts how often it asks, and is cancelled. */
    private final CoderPrompt cancelled = new CoderPrompt(s -> {
        asked.incrementAndGet();
        return Optional.empty();
    });

    @BeforeEach
    void shell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        CodedLibrary.nameTheCoder("Test Coder");
    }

    @AfterEach
    void dispose() {
        shell.dispose();
        CodedLibrary.forgetTheCoder();
    }

    private CodingPane pane(CodedLibrary lib) {
        CodingPane pane = new CodingPane(shell, lib.session, lib::theCase, lib::document, cancelled);
        shell.layout(true, true);
        shell.open();
        pump();
        return pane;
    }

    @Test
    void aSegmentAfterAnEmojiIsHighlightedAndStripedOverItsOwnWords() throws Exception {
        int[] trust = CodedLibrary.range(CodedLibrary.TEXT, "trust the council engineers");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(trust[0], trust[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        StyledText styled = pane.styledText();

        StyleRange[] ranges = styled.getStyleRanges();
        assertEquals(1, ranges.length);
        int utf16 = CodedLibrary.TEXT.indexOf("trust the council engineers");
        assertEquals(utf16, ranges[0].start, "the emoji counts one code point but two UTF-16 units");
        assertEquals("trust the council engineers", styled.getText(ranges[0].start, ranges[0].start + ranges[0].length - 1));
        assertEquals(new RGB(255, 173, 173), ranges[0].background.getRGB(), "red, lightened for reading");

        List<Stripe> stripes = pane.visibleStripes();
        assertEquals(1, stripes.size());
        Rectangle words = styled.getTextBounds(utf16, utf16 + "trust the council engineers".length() - 1);
        Rectangle bar = stripes.get(0).bounds();
        assertEquals(words.y, bar.y, "the stripe starts at the passage's line");
        assertEquals(words.y + words.height, bar.y + bar.height, "and ends with it");
        assertTrue(bar.x + bar.width <= styled.getLeftMargin(), "in the margin, left of the text");
        assertEquals(CodedLibrary.TRUST, stripes.get(0).code().getName());
        assertEquals(List.of(CodedLibrary.TRUST), pane.legend(), "the legend names the lane");
    }

    @Test
    void theContextMenusMemoEntryRewritesThePassagesMemoInTheCodersNameAndEmptyingItRemovesIt() throws Exception {
        int[] trust = CodedLibrary.range(CodedLibrary.TEXT, "trust the council engineers");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(trust[0], trust[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        Segment segment = lib.segmentsOf(lib.document()).get(0);
        Memo memo = segment.getMemo();
        String before = memo.getText();
        Deque<String> typed = new ArrayDeque<>(List.of("Said twice; the second time *angrily*.", " "));
        CodeMenu menu = new CodeMenu(pane, new MemoEditing((s, about, m) -> Optional.of(typed.pop()), cancelled));
        pane.styledText().setSelection(CodedLibrary.TEXT.indexOf("council")); // the caret in the passage, menu from the keyboard
        List<Action> actions = menu.memoActions();
        assertEquals(List.of("Edit &Memo..."), actions.stream().map(Action::getText).toList());
        actions.get(0).run();
        assertEquals("Said twice; the second time *angrily*.", memo.getText());
        assertEquals("Test Coder", memo.getAuthor().getName(), "the memo is now the current coder's");
        assertEquals("Memo saved.", pane.status());
        lib.session.commandStack().undo();
        assertEquals(before, memo.getText(), "one undo");
        menu.memoActions().get(0).run();
        assertNull(segment.getMemo(), "emptied: removed");
        assertEquals(List.of("&Memo..."), menu.memoActions().stream().map(Action::getText).toList());
    }

    @Test
    void theContextMenuUncodesThePassageItWasAskedForOn() throws Exception {
        int[] trust = CodedLibrary.range(CodedLibrary.TEXT, "trust the council engineers");
        int[] paved = CodedLibrary.range(CodedLibrary.TEXT, "the lanes were paved");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(trust[0], trust[1], CodedLibrary.TRUST),
                new Coded(paved[0], paved[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        StyledText styled = pane.styledText();
        pane.select(paved[0], paved[1]);
        CodeMenu menu = new CodeMenu(pane);
        menu.install(styled);
        Rectangle word = styled.getTextBounds(CodedLibrary.TEXT.indexOf("council"), CodedLibrary.TEXT.indexOf("council"));
        Event e = new Event();
        Point at = styled.toDisplay(word.x + 2, word.y + word.height / 2);
        e.x = at.x;
        e.y = at.y;
        e.detail = SWT.MENU_MOUSE;
        styled.notifyListeners(SWT.MenuDetect, e);
        assertEquals(1, menu.uncodeActions().size(), "the right-clicked passage only, not the selected one elsewhere");
        assertTrue(menu.uncodeActions().get(0).getText().contains(CodedLibrary.TRUST));
        menu.uncodeActions().get(0).run();
        assertEquals("the lanes were paved", lib.segmentsOf(lib.document()).get(0).getQuote(), "the other passage stays");
    }

    @Test
    void hoveringAPassageNamesItsCodeCoderAndMemo() throws Exception {
        int[] trust = CodedLibrary.range(CodedLibrary.TEXT, "trust the council engineers");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(trust[0], trust[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        StyledText styled = pane.styledText();
        Rectangle word = styled.getTextBounds(CodedLibrary.TEXT.indexOf("council"), CodedLibrary.TEXT.indexOf("council"));
        mouse(styled, SWT.MouseMove, word.x + 2, word.y + word.height / 2, 0);
        String tip = styled.getToolTipText();
        assertNotNull(tip);
        assertTrue(tip.contains(CodedLibrary.TRUST) && tip.contains("Ana Maria Silva (AMS)") && tip.contains("Said twice"), tip);

        Rectangle bar = pane.visibleStripes().get(0).bounds();
        mouse(styled, SWT.MouseMove, bar.x + 1, bar.y + bar.height / 2, 0);
        assertEquals(tip, styled.getToolTipText(), "the stripe tells the same");
        mouse(styled, SWT.MouseMove, styled.getLeftMargin() + 2, 2, 0);
        assertEquals(null, styled.getToolTipText(), "uncoded text has no tip");
    }

    @Test
    void clickingAStripeSelectsItsPassage() throws Exception {
        int[] paved = CodedLibrary.range(CodedLibrary.TEXT, "the lanes were paved");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(paved[0], paved[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        Rectangle bar = pane.visibleStripes().get(0).bounds();
        mouse(pane.styledText(), SWT.MouseDown, bar.x + 1, bar.y + 1, 1);
        assertEquals("the lanes were paved", pane.styledText().getSelectionText());
        assertEquals(paved[0], pane.selection().orElseThrow()[0]);
    }

    @Test
    void aPassageCodedThroughTheQuickCodeBoxIsUndoneRedoneAndUncoded() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        CodingPane pane = pane(lib);
        StyledText styled = pane.styledText();
        int at = CodedLibrary.TEXT.indexOf("Funding came from the ward budget");
        styled.setSelection(at, at + "Funding came from the ward budget".length());

        enter(pane.quickCodeBox(), CodedLibrary.TRUST);

        List<Segment> coded = lib.segmentsOf(lib.document());
        assertEquals(1, coded.size(), pane.status());
        Segment s = coded.get(0);
        int[] expected = CodedLibrary.range(CodedLibrary.TEXT, "Funding came from the ward budget");
        assertEquals(expected[0], s.getStart(), "code points: the emoji before it counts once");
        assertEquals(expected[1], s.getEnd());
        assertEquals("Funding came from the ward budget", s.getQuote());
        assertEquals("Test Coder", s.getCoder().getName());
        assertTrue(lib.root().getCoders().contains(s.getCoder()), "the coder is recorded in the library");
        assertEquals(at, styled.getStyleRanges()[0].start);
        assertEquals("", pane.quickCodeBox().getText(), "the box is ready for the next code");

        lib.session.commandStack().undo();
        assertTrue(lib.segmentsOf(lib.document()).isEmpty());
        assertEquals(0, styled.getStyleRanges().length, "the highlight goes with the undo");
        lib.session.commandStack().redo();
        assertEquals(1, lib.segmentsOf(lib.document()).size());
        assertEquals(1, styled.getStyleRanges().length);

        styled.setSelection(at + 3);
        CodeMenu menu = new CodeMenu(pane);
        assertEquals(1, menu.uncodeActions().size());
        menu.uncodeActions().get(0).run();
        assertTrue(lib.segmentsOf(lib.document()).isEmpty(), "uncoding its only code removes the segment");
        assertTrue(pane.visibleStripes().isEmpty());
    }

    @Test
    void aNameTheCodebookLacksIsOfferedThenCreatedAndCodedInOneUndoableStep() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        CodingPane pane = pane(lib);
        int codes = lib.root().getCodebook().getCodes().size();
        int at = CodedLibrary.TEXT.indexOf("paved by the residents");
        pane.styledText().setSelection(at, at + "paved by the residents".length());

        enter(pane.quickCodeBox(), "Self-built infrastructure");
        assertTrue(pane.status().contains("press Enter again"), pane.status());
        assertEquals(codes, lib.root().getCodebook().getCodes().size(), "nothing is created without the second Enter");
        enter(pane.quickCodeBox(), null);

        assertEquals(codes + 1, lib.root().getCodebook().getCodes().size());
        Code made = lib.code("Self-built infrastructure");
        assertTrue(made.isCodable());
        assertEquals(List.of(made), lib.segmentsOf(lib.document()).get(0).getCodes());
        lib.session.commandStack().undo();
        assertEquals(codes, lib.root().getCodebook().getCodes().size(), "one undo takes back the code and the coding");
        assertTrue(lib.segmentsOf(lib.document()).isEmpty());
    }

    @Test
    void aRefusedCodingIsExplainedInWordsAndChangesNothing() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        CodingPane pane = pane(lib);
        Code group = lib.root().getCodebook().getCodes().stream().filter(c -> !c.isCodable()).findFirst().orElseThrow();
        pane.styledText().setSelection(0, 7);
        assertFalse(pane.code(group));
        assertTrue(pane.status().contains("code group"), pane.status());
        assertFalse(lib.session.isDirty());

        pane.styledText().setSelection(3);
        assertFalse(pane.code(lib.code(CodedLibrary.TRUST)));
        assertTrue(pane.status().startsWith("Select a passage"), pane.status());
    }

    @Test
    void withoutACoderNameNothingIsCodedAndTheNameIsAskedForAtEachTry() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        CodedLibrary.forgetTheCoder();
        CodingPane pane = pane(lib);
        pane.styledText().setSelection(0, 7);
        assertFalse(pane.code(lib.code(CodedLibrary.TRUST)));
        assertEquals(CoderPrompt.REFUSED, pane.status());
        assertFalse(pane.code(lib.code(CodedLibrary.TRUST)));
        assertEquals(2, asked.get(), "cancelled: asked again at the next coding");
        assertTrue(lib.segmentsOf(lib.document()).isEmpty());
        assertFalse(lib.session.isDirty());
    }

    @Test
    void aCodeDroppedFromTheCodebookCodesTheSelection() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        CodingPane pane = pane(lib);
        int at = CodedLibrary.TEXT.indexOf("on water");
        pane.styledText().setSelection(at, at + "on water".length());
        CodeDrop drop = new CodeDrop(pane);
        assertFalse(drop.dropped("plain text someone dragged"));
        assertTrue(drop.dropped("coprod-code:" + lib.code(CodedLibrary.TRUST).getId()));
        assertEquals("on water", lib.segmentsOf(lib.document()).get(0).getQuote());
    }

    @Test
    void aDocumentWhoseTextChangedAfterImportShowsAWarning() throws Exception {
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of());
        assertTrue(pane(lib).warning().isEmpty(), "the text as imported: no warning");
        shell.dispose();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        Files.writeString(lib.folder.resolve("documents").resolve(CodedLibrary.DOC_ID + ".txt"), "An added line.\n",
                StandardOpenOption.APPEND);
        CodingPane pane = pane(lib);
        assertTrue(pane.warning().orElse("").contains("changed after it was imported"), pane.warning().toString());
    }

    @Test
    void aSecondCodeOnACodedPassageIsSavedWithItsCase() throws Exception {
        int[] trust = CodedLibrary.range(CodedLibrary.TEXT, "trust the council engineers");
        CodedLibrary lib = CodedLibrary.create(dir, CodedLibrary.TEXT, List.of(new Coded(trust[0], trust[1], CodedLibrary.TRUST)));
        CodingPane pane = pane(lib);
        Code other = lib.root().getCodebook().getCodes().stream().filter(c -> c.isCodable() && c.getBuiltIn() != null
                && c.getBuiltIn().startsWith("driver:")).findFirst().orElseThrow();
        pane.select(trust[0], trust[1]);
        assertTrue(pane.code(other), pane.status());
        assertTrue(lib.session.hasUnsavedChanges(lib.theCase()), "adding a code to a segment changes its case");
        lib.session.save();
        Case reread = Library.open(lib.folder).findCase(lib.theCase().getId()).orElseThrow();
        assertEquals(2, reread.getSegments().get(0).getCodes().size(), "the case file holds both codes");
    }

    private void mouse(StyledText styled, int type, int x, int y, int button) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        styled.notifyListeners(type, e);
    }

    /** Types a name into the quick-code box (null: leaves it) and presses Enter on the keyboard. */
    private void enter(Text box, String typed) {
        if (typed != null) {
            box.setText(typed);
        }
        shell.forceActive();
        box.setFocus();
        pump();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            e.keyCode = SWT.CR;
            e.character = '\r';
            assertTrue(display.post(e));
        }
        pump();
    }

    private void pump() {
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }
}
