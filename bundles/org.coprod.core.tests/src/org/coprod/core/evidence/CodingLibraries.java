package org.coprod.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.TypologyCell;
import org.coprod.testing.FixtureLibraries;

/**
 * Libraries on disk for the evidence tests: two cases, each with a note whose text has characters outside the Basic
 * Multilingual Plane before and inside its passages, a coder, and the built-in codes every new library has.
 */
final class CodingLibraries {

    /** 😀 (U+1F600) and 𠀀 (U+20000, CJK Extension B) take two UTF-16 units each and one code point. */
    static final String ALPHA_NOTE = "😀 Delegates of the 𠀀 forum chose the works. Trust grew between residents and officials. "
            + "The city paid for the materials; residents gave their labour.";
    static final String BETA_NOTE = "The village shop is run by volunteers. Trust in the committee was low at first.";
    static final Date WHEN = new Date(1_700_000_000_000L);

    private CodingLibraries() {
    }

    /** A saved library with cases alpha and beta, a note each, and the coder "Ana Silva" in its list of coders. */
    static Library twoCases(Path dir) throws IOException {
        Library library = FixtureLibraries.twoCases(dir);
        note(library.findCase("alpha").orElseThrow(), "Forum visit", ALPHA_NOTE);
        note(library.findCase("beta").orElseThrow(), "Shop visit", BETA_NOTE);
        library.root().getCoders().add(Coders.create("Ana Silva"));
        library.save();
        return library;
    }

    /** Adds a note, with the next free note id of the case. */
    static Note note(Case c, String title, String text) {
        Note note = CoprodFactory.eINSTANCE.createNote();
        note.setId(NoteIds.next(c));
        note.setTitle(title);
        note.setText(text);
        c.getNotes().add(note);
        return note;
    }

    static Coder ana(Library library) {
        return Coders.byName(library.root(), "Ana Silva").orElseThrow();
    }

    static Case alpha(Library library) {
        return library.findCase("alpha").orElseThrow();
    }

    static Case beta(Library library) {
        return library.findCase("beta").orElseThrow();
    }

    /**
     * The code-point offset of the only occurrence of {@code quote} in {@code text}, counted here character by
     * character rather than with {@link CodePoints}, so that the tests do not take the code under test as their oracle.
     */
    static int offsetOf(String text, String quote) {
        int first = text.indexOf(quote);
        assertEquals(-1, text.indexOf(quote, first + 1), "“" + quote + "” occurs more than once");
        if (first < 0) {
            throw new AssertionError("“" + quote + "” is not in the text");
        }
        int offset = 0;
        for (int i = 0; i < first; i++) {
            if (!Character.isLowSurrogate(text.charAt(i))) {
                offset++;
            }
        }
        return offset;
    }

    /** Codes the only occurrence of {@code quote} in the case's first note with a code, executing the command. */
    static PassageCoding.Coding code(Library library, Case c, String quote, Code code) throws CodingRefused {
        Note note = c.getNotes().get(0);
        int start = offsetOf(note.getText(), quote);
        PassageCoding.Coding coding = PassageCoding.code(null, library.root(), c, note, start, start + quote.codePointCount(0,
                quote.length()), code, ana(library), WHEN, null);
        coding.command().execute();
        return coding;
    }

    /** A new user code in the codebook (added directly, not by a command). */
    static Code userCode(CaseLibrary library, String name, String definition) {
        Code code = CodebookChanges.create(name, null, definition, "#336699");
        library.getCodebook().getCodes().add(code);
        return code;
    }

    static Code cellCode(Library library, String cellCode) {
        TypologyCell cell = library.findCell("bovaird", cellCode).orElseThrow();
        return BuiltInCodes.forCell(library.root(), cell).orElseThrow();
    }
}
