package org.coprod.core.evidence;

import static org.coprod.core.evidence.CodingLibraries.ALPHA_NOTE;
import static org.coprod.core.evidence.CodingLibraries.alpha;
import static org.coprod.core.evidence.CodingLibraries.code;
import static org.coprod.core.evidence.CodingLibraries.offsetOf;
import static org.coprod.core.evidence.CodingLibraries.userCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.validation.LibraryValidation;
import org.coprod.core.validation.ProblemCode;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coded passages of a note kept on their words when the note is edited, and flagged when their words are gone. */
class AnchorsTests {

    @TempDir
    Path dir;
    Library library;
    Case alpha;
    Note note;
    Code trust;
    Segment grew;
    Segment labour;
    BasicCommandStack stack = new BasicCommandStack();
    EditingDomain domain;

    @BeforeEach
    void library() throws Exception {
        library = CodingLibraries.twoCases(dir);
        alpha = alpha(library);
        note = alpha.getNotes().get(0);
        trust = userCode(library.root(), "trust", "Confidence in others.");
        grew = code(library, alpha, "Trust grew between residents and officials.", trust).segment();
        labour = code(library, alpha, "residents gave their labour", trust).segment();
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack, library.resourceSet());
    }

    /** Edits the note as the workbench does: the new text and the re-anchoring in one command. */
    private Command edit(String newText) {
        CompoundCommand command = new CompoundCommand("Edit note");
        command.append(new SetCommand(domain, note, CoprodPackage.Literals.NOTE__TEXT, newText));
        Command anchors = Anchors.after(domain, alpha, note, newText);
        if (anchors != null) {
            command.append(anchors);
        }
        stack.execute(command);
        return anchors;
    }

    private List<Diagnostic> problems(ProblemCode code) {
        return LibraryValidation.leaves(LibraryValidation.validate(alpha)).stream().filter(d -> ProblemCode.of(d).orElse(null) == code)
                .toList();
    }

    /** The code points before a UTF-16 index, counted here rather than by {@link CodePoints}. */
    private static int codePointsBefore(String text, int utf16) {
        int n = 0;
        for (int i = 0; i < utf16; i++) {
            n += Character.isLowSurrogate(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    @Test
    void anInsertionBeforeThePassagesMovesThemByItsCodePoints() {
        String added = "🌧 Rainy day. 𠀀 ";
        String text = added + ALPHA_NOTE;
        assertNotNull(edit(text));
        int shift = 15; // 🌧 and 𠀀 are one code point each: "🌧 Rainy day. 𠀀 " is 15 characters
        assertEquals(offsetOf(ALPHA_NOTE, "Trust grew") + shift, grew.getStart());
        assertEquals(offsetOf(text, "Trust grew"), grew.getStart());
        assertEquals(offsetOf(text, "residents gave"), labour.getStart());
        assertEquals(grew.getStart() + CodePoints.length(grew.getQuote()), grew.getEnd());
        assertTrue(Anchors.fits(text, grew) && Anchors.fits(text, labour));
        assertTrue(problems(ProblemCode.QUOTE_CHANGED).isEmpty());
        stack.undo();
        assertEquals(ALPHA_NOTE, note.getText());
        assertEquals(offsetOf(ALPHA_NOTE, "Trust grew"), grew.getStart());
    }

    @Test
    void aPassageMovedElsewhereInTheNoteIsFoundThere() {
        String sentence = "Trust grew between residents and officials. ";
        String text = ALPHA_NOTE.replace(sentence, "") + " " + sentence.strip();
        edit(text);
        assertEquals(offsetOf(text, "Trust grew"), grew.getStart());
        assertTrue(Anchors.fits(text, grew) && Anchors.fits(text, labour));
    }

    @Test
    void aQuoteThatOccursTwiceGoesToTheOccurrenceNearestToWhereItWas() {
        String quote = "residents gave their labour";
        // One occurrence far before, one just after where the passage was.
        String text = quote + ". " + ALPHA_NOTE.replace(quote, "many " + quote);
        edit(text);
        assertEquals(codePointsBefore(text, text.lastIndexOf(quote)), labour.getStart(), "the later, nearer one");
        assertTrue(Anchors.fits(text, labour));
    }

    @Test
    void anEditAfterThePassagesNeedsNoReanchoring() {
        assertNull(Anchors.after(domain, alpha, note, ALPHA_NOTE + " More to come."));
    }

    @Test
    void aPassageWhoseWordsWereDeletedStaysAndIsFlagged() {
        int start = grew.getStart();
        int end = grew.getEnd();
        String text = ALPHA_NOTE.replace("Trust grew between residents and officials.", "Officials came to every meeting, ...");
        assertNotNull(edit(text), "the passage after it moves with its words");
        assertEquals(offsetOf(text, "residents gave"), labour.getStart());
        assertEquals(start, grew.getStart(), "never moved onto words it did not quote");
        assertEquals(end, grew.getEnd());
        List<Diagnostic> changed = problems(ProblemCode.QUOTE_CHANGED);
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(Diagnostic.WARNING, changed.get(0).getSeverity());
        assertEquals(grew, changed.get(0).getData().get(0));
        assertTrue(changed.get(0).getMessage().contains("no longer reads “Trust grew between residents and officials.”"),
                changed.get(0).getMessage());
        assertTrue(problems(ProblemCode.SEGMENT_OUTSIDE_TEXT).isEmpty());
    }

    @Test
    void aPassageLeftPastTheEndOfAShortenedNoteIsOutsideTheText() {
        edit("😀 Delegates met.");
        List<Diagnostic> outside = problems(ProblemCode.SEGMENT_OUTSIDE_TEXT);
        assertEquals(2, outside.size(), outside.toString());
        assertEquals(Diagnostic.ERROR, outside.get(0).getSeverity());
        assertTrue(outside.get(0).getMessage().contains("is not inside Forum visit"), outside.get(0).getMessage());
    }
}
