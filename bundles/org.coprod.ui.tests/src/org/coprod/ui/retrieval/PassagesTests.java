package org.coprod.ui.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a passage selects it in its text by code points, whatever lies before it; its context stays on one line. */
class PassagesTests {

    private Shell shell;

    @BeforeEach
    void shell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    private static Segment segment(String text, String passage) {
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setId("note-1");
        note.setText(text);
        Segment s = CoprodFactory.eINSTANCE.createSegment();
        s.setText(note);
        int from = text.indexOf(passage);
        s.setStart(text.codePointCount(0, from));
        s.setEnd(s.getStart() + passage.codePointCount(0, passage.length()));
        s.setQuote(passage);
        return s;
    }

    @Test
    void thePassageAfterCharactersOutsideTheBasicPlaneIsSelectedExactly() {
        // Two emoji and a CJK Extension B character: three code points, six UTF-16 units.
        String text = "😀😀 𠀀 so the lane paid for its own sewer, and then";
        Segment s = segment(text, "the lane paid");
        assertEquals(8, s.getStart(), "code points, not UTF-16 units");
        Text field = new Text(shell, SWT.MULTI);
        field.setText(text);
        assertTrue(Passages.select(field, text, s));
        assertEquals(new Point(text.indexOf("the lane paid"), text.indexOf("the lane paid") + "the lane paid".length()),
                field.getSelection());
        assertEquals("the lane paid", field.getSelectionText());
    }

    @Test
    void aFieldShowingAnotherTextIsNotSelectedIn() {
        Segment s = segment("one two three", "two");
        Text field = new Text(shell, SWT.MULTI);
        field.setText("something else entirely");
        assertFalse(Passages.select(field, "one two three", s));
    }

    @Test
    void theContextIsCutAtWordsAndKeptOnOneLine() {
        String before = "word ".repeat(20);
        String after = " more".repeat(20);
        Segment s = segment(before + "the passage\nitself" + after, "the passage\nitself");
        PassageContext p = PassageContext.of(s, 12);
        assertEquals("the passage itself", p.quote());
        assertEquals("…word word ", p.before());
        assertEquals(" more more…", p.after());
    }
}
