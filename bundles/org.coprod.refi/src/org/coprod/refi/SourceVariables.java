package org.coprod.refi;

import java.util.ArrayList;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Note;

/**
 * The facts of a text that travel as variables of its {@code TextSource}: its language, for a document its
 * bibliographic source, and for a case's note the case it belongs to and its author. "Note of case" is what tells an
 * import that a text is a case's note rather than a document of the library.
 */
final class SourceVariables {

    static final CaseVariables.Variable LANGUAGE = text("Language", "The ISO 639-1 code of the text's language");
    static final CaseVariables.Variable SOURCE_ID = text("Source id", "The id of the bibliographic source the document is");
    static final CaseVariables.Variable CITATION = text("Citation", "The full reference of the document's source");
    static final CaseVariables.Variable NOTE_OF_CASE = text("Note of case", "The id of the case whose note this text is");
    static final CaseVariables.Variable AUTHOR = text("Author", "Who wrote the note");

    private SourceVariables() {
    }

    private static CaseVariables.Variable text(String name, String description) {
        return new CaseVariables.Variable(name, CaseVariables.Type.TEXT, description);
    }

    static List<CaseVariables.Value> of(Document d) {
        List<CaseVariables.Value> out = new ArrayList<>();
        add(out, LANGUAGE, d.getLanguage());
        if (d.getSource() != null) {
            add(out, SOURCE_ID, d.getSource().getId());
            add(out, CITATION, d.getSource().getCitation());
        }
        return out;
    }

    static List<CaseVariables.Value> of(Case c, Note n) {
        List<CaseVariables.Value> out = new ArrayList<>();
        add(out, NOTE_OF_CASE, c.getId());
        add(out, AUTHOR, n.getAuthor());
        add(out, LANGUAGE, n.getLanguage());
        return out;
    }

    private static void add(List<CaseVariables.Value> out, CaseVariables.Variable v, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new CaseVariables.Value(v, value.strip()));
        }
    }

    /** Whether a variable name is one of these (compared as {@link CaseVariables#key} compares). */
    static boolean is(CaseVariables.Variable v, String name) {
        return CaseVariables.key(v.name()).equals(CaseVariables.key(name));
    }
}
