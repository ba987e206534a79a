package org.coprod.core;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.coprod.model.Actor;
import org.coprod.model.Role;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.junit.jupiter.api.Test;

class CasesTests {

    @Test
    void anObjectDeepInACaseBelongsToThatCaseAndTheLibrarysOwnObjectsToNone() {
        CaseLibrary library = CoprodFactory.eINSTANCE.createCaseLibrary();
        Case c = CoprodFactory.eINSTANCE.createCase();
        library.getCases().add(c);
        Note note = CoprodFactory.eINSTANCE.createNote();
        c.getNotes().add(note);
        Actor actor = CoprodFactory.eINSTANCE.createActor();
        library.getActors().add(actor);
        Role role = CoprodFactory.eINSTANCE.createRole();
        c.getRoles().add(role);

        assertSame(c, Cases.containing(c));
        assertSame(c, Cases.containing(note));
        assertSame(c, Cases.containing(role));
        assertNull(Cases.containing(actor), "an actor of the library belongs to no case");
        assertNull(Cases.containing(library));
        assertNull(Cases.containing(null));
    }
}
