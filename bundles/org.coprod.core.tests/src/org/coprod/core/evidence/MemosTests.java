package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.ana;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memos on segments, cases and documents: written, edited, emptied away, each one undoable step, saved with their author and date. */
class MemosTests {

    @TempDir
    Path dir;
    Library library;
    BasicCommandStack stack = new BasicCommandStack();
    EditingDomain domain;
    static final Date MAY = new Date(1_714_600_000_000L);
    static final Date JUNE = new Date(1_717_200_000_000L);

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir.resolve("lib"));
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack, library.resourceSet());
    }

    private boolean run(Command command) {
        if (!command.canExecute()) {
            return false;
        }
        stack.execute(command);
        return true;
    }

    @Test
    void aSegmentsMemoIsWrittenEditedByAnotherCoderAndRemovedEachAsOneUndoableStep() throws Exception {
        Segment s = code(library, alpha(library), "Trust grew", userCode(library.root(), "trust", "Confidence.")).segment();
        assertNull(s.getMemo());
        assertTrue(run(Memos.write(domain, library.root(), s, null, "Said **twice**.", ana(library), MAY)));
        Memo memo = s.getMemo();
        assertEquals("Said **twice**.", memo.getText());
        assertSame(ana(library), memo.getAuthor());
        assertEquals(MAY, memo.getDate());
        assertFalse(run(Memos.write(domain, library.root(), s, null, "Another.", ana(library), MAY)),
                "a second new memo never replaces a passage's memo");
        assertSame(memo, s.getMemo());

        Coder ben = Coders.create("Ben Okafor");
        assertFalse(library.root().getCoders().contains(ben));
        assertTrue(run(Memos.write(domain, library.root(), s, memo, "Said twice, once angrily.", ben, JUNE)));
        assertSame(memo, s.getMemo(), "the same memo, rewritten");
        assertEquals("Said twice, once angrily.", memo.getText());
        assertSame(ben, memo.getAuthor(), "a memo says who wrote what it now says");
        assertEquals(JUNE, memo.getDate());
        assertTrue(library.root().getCoders().contains(ben), "the new coder joins the library in the same step");
        stack.undo();
        assertEquals("Said **twice**.", memo.getText());
        assertSame(ana(library), memo.getAuthor());
        assertEquals(MAY, memo.getDate());
        assertFalse(library.root().getCoders().contains(ben), "one undo takes all of it back");
        stack.redo();

        assertFalse(run(Memos.write(domain, library.root(), s, memo, "Said twice, once angrily.", ben, JUNE)), "no change, no edit");
        assertTrue(run(Memos.write(domain, library.root(), s, memo, "  ", ben, JUNE)), "emptied: removed");
        assertNull(s.getMemo());
        stack.undo();
        assertSame(memo, s.getMemo());
        assertFalse(run(Memos.write(domain, library.root(), s, null, "", ben, JUNE)), "an empty new memo is not written");
    }

    @Test
    void casesAndDocumentsHoldSeveralMemosThatAreSavedWithAuthorAndDate() throws Exception {
        Case c = alpha(library);
        Document d = CoprodFactory.eINSTANCE.createDocument();
        d.setId("doc-minutes");
        d.setTitle("Council minutes");
        library.root().getDocuments().add(d);
        c.getDocuments().add(d);
        assertTrue(run(Memos.write(domain, library.root(), c, null, "Compare with *Recife*.", ana(library), MAY)));
        assertTrue(run(Memos.write(domain, library.root(), c, null, "Ask the council for minutes.", ana(library), JUNE)));
        assertTrue(run(Memos.write(domain, library.root(), d, null, "Transcribed by the secretary.", ana(library), MAY)));
        assertEquals(List.of("Compare with *Recife*.", "Ask the council for minutes."), Memos.of(c).stream().map(Memo::getText).toList());
        Memo first = Memos.of(c).get(0);
        assertTrue(run(Memos.remove(domain, c, first)));
        assertEquals(1, Memos.of(c).size());
        stack.undo();
        assertEquals(first, Memos.of(c).get(0), "undo puts it back in its place");
        library.save();

        Library reread = Library.open(library.folder());
        Case again = reread.findCase(c.getId()).orElseThrow();
        assertEquals(2, again.getMemos().size());
        assertEquals("Compare with *Recife*.", again.getMemos().get(0).getText());
        assertEquals("Ana Silva", again.getMemos().get(0).getAuthor().getName());
        assertEquals(MAY, again.getMemos().get(0).getDate());
        Document dAgain = reread.root().getDocuments().stream().filter(x -> x.getId().equals(d.getId())).findFirst().orElseThrow();
        assertEquals("Transcribed by the secretary.", dAgain.getMemos().get(0).getText());
        assertFalse(Memos.holdsMemos(reread.root()), "a library holds no memos of its own");
    }
}
