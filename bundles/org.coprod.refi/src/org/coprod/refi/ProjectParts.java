package org.coprod.refi;

import java.util.Date;
import java.util.List;

import org.coprod.model.Coder;

/**
 * The parts of an imported project as read, before they become a plan: each holds what the file said, its GUIDs in
 * normal form and its offsets already turned into offsets into the text the library will keep.
 */
final class ProjectParts {

    private ProjectParts() {
    }

    /** A variable's value as written, by the variable's name. */
    record ValueIn(String name, String value) {
    }

    record NoteIn(String guid, String name, String text, Coder author, Date date) {
    }

    record CaseIn(String guid, String name, String description, List<ValueIn> values, List<String> codeRefs, List<String> sourceRefs,
            List<String> selectionRefs) {
    }

    record LinkIn(String guid, String name, String origin, String target) {
    }

    record CodingIn(String guid, String code, String user, Date date, List<String> noteRefs) {
    }

    /** A selection with its offsets into the kept text (start before end, both inside it). */
    record SelectionIn(String guid, int start, int end, String user, Date date, String description, List<CodingIn> codings,
            List<String> noteRefs) {
    }

    /** A text source: its kept text, its selections, and the original file that travels with it (or null). */
    record SourceIn(String guid, String name, String element, PlainText text, List<SelectionIn> selections, List<String> noteRefs,
            List<ValueIn> values, String originalExtension, byte[] original, Date created, String description) {
    }
}
