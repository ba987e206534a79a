package org.coprod.core.evidence;

import java.util.HashSet;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.Note;

/**
 * Ids for a case's notes, which segments point at: {@code note-1}, {@code note-2} … in the case, the first number no
 * other note of the case has. Made from the case alone, so two machines upgrading the same library give the same ids.
 */
public final class NoteIds {

    private NoteIds() {
    }

    /** The first free note id of a case. */
    public static String next(Case c) {
        Set<String> taken = new HashSet<>();
        c.getNotes().forEach(n -> taken.add(n.getId()));
        int i = 1;
        while (taken.contains("note-" + i)) {
            i++;
        }
        return "note-" + i;
    }

    /** Gives every note of the case that has none an id; returns how many it gave. */
    public static int assign(Case c) {
        int given = 0;
        for (Note note : c.getNotes()) {
            if (note.getId() == null || note.getId().isBlank()) {
                note.setId(next(c));
                given++;
            }
        }
        return given;
    }
}
