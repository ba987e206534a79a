package org.coprod.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Note;

/**
 * The coded passages of the sample library, kept as data beside its spreadsheet: {@code sample/codebook.csv} (the
 * library's own codes, with colours and definitions) and {@code sample/passages.csv} (a case id, a code, and the exact
 * words of a passage of the case's notes). They are coded by the rules a researcher's coding follows
 * ({@link PassageCoding}), by the sample coder, so that a new user meets coding stripes, a codebook and a framework matrix.
 */
final class SampleCoding {

    static final String CODEBOOK = "/sample/codebook.csv";
    static final String PASSAGES = "/sample/passages.csv";
    static final String CODER_ID = "sample-coder";
    static final String CODER_NAME = "Sample coder";
    /** One date for every passage, so that each new copy of the sample reads the same. */
    static final Date CODED_ON = Date.from(Instant.parse("2025-01-15T10:00:00Z"));

    /** A passage to code: its row in {@value #PASSAGES}, the case, the code (a name, a built-in key, or a cell) and the words. */
    record Passage(int row, String caseId, String code, String quote) {
    }

    /** Where a passage lies: the note holding its words, and its code-point offset there. */
    record Place(Note note, int start) {
    }

    private SampleCoding() {
    }

    /** Adds the sample codes and coder to the library and codes every passage; any passage that does not fit fails it. */
    static void apply(Library library) throws IOException {
        for (CaseTable.Line line : table(CODEBOOK).lines()) {
            Code code = CodebookChanges.create(line.get("name"), null, line.get("definition"), line.get("colour"));
            try {
                CodebookChanges.add(null, library.root().getCodebook(), code).execute();
            } catch (CodingRefused e) {
                throw new IOException("The bundled " + CODEBOOK + ", row " + line.number() + ": " + e.getMessage(), e);
            }
        }
        Coder coder = Coders.create(CODER_ID, CODER_NAME);
        library.root().getCoders().add(coder);
        for (Passage p : passages()) {
            Case c = library.findCase(p.caseId()).orElseThrow(() -> problem(p, "the sample has no case '" + p.caseId() + "'"));
            Code code = CodebookChanges.find(library.root(), p.code()).orElseThrow(() -> problem(p, "no code '" + p.code() + "'"));
            Place place = place(c, p);
            try {
                PassageCoding.code(null, library.root(), c, place.note(), place.start(), place.start() + CodePoints.length(p.quote()), code,
                        coder, CODED_ON, null).command().execute();
            } catch (CodingRefused e) {
                throw problem(p, e.getMessage());
            }
        }
    }

    /** The passages of {@value #PASSAGES}, in its order. */
    static List<Passage> passages() throws IOException {
        List<Passage> out = new ArrayList<>();
        for (CaseTable.Line line : table(PASSAGES).lines()) {
            out.add(new Passage(line.number(), line.get("case"), line.get("code"), line.get("quote")));
        }
        return out;
    }

    /** The one place in the case's notes that has the passage's words; refused when they occur nowhere or more than once. */
    static Place place(Case c, Passage p) throws IOException {
        List<Place> found = new ArrayList<>();
        for (Note note : c.getNotes()) {
            String text = note.getText() == null ? "" : note.getText();
            CodePoints.occurrences(text, p.quote()).forEach(start -> found.add(new Place(note, start)));
        }
        if (found.size() != 1) {
            throw problem(p, "“" + p.quote() + "” occurs " + found.size() + " times in the notes of case " + c.getId()
                    + "; each passage must quote exactly one place");
        }
        return found.get(0);
    }

    private static IOException problem(Passage p, String why) {
        return new IOException("The bundled " + PASSAGES + ", row " + p.row() + ": " + why);
    }

    private static CaseTable table(String resource) throws IOException {
        try (InputStream in = SampleCoding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The core bundle lacks " + resource);
            }
            return CaseTable.readCsv(in, resource);
        }
    }
}
