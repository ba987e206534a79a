package org.coprod.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Confidence;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Note;
import org.coprod.model.TypologyCoding;
import org.coprod.testing.SampleLibraries;

/** A copy of the real sample library, made once per test run, and the cases the briefs are made of. */
final class SampleCases {

    /** Bovaird's case studies: one per typology cell, Beacon with three phases. */
    static final List<String> BOVAIRD_FIVE = List.of("porto-alegre-op", "sure-start-gateshead", "caterham-barracks", "beacon-falmouth",
            "tackley-village-shop");

    private static Library library;

    private SampleCases() {
    }

    static synchronized Library library() {
        if (library == null) {
            try {
                Path folder = Files.createTempDirectory("coprod-export-tests").resolve("sample-library");
                library = SampleLibraries.copyTo(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library;
    }

    static List<Case> cases(List<String> ids) {
        try {
            return BriefExport.cases(library(), ids);
        } catch (BriefException e) {
            throw new IllegalStateException(e);
        }
    }

    static Case get(String id) {
        return cases(List.of(id)).get(0);
    }

    /** A note that uses every Markdown construct a case note may hold. */
    static final String EVERY_CONSTRUCT = """
            # Heading one

            A paragraph with **bold**, *italic*, `code`, ~~struck~~ and a [link](https://example.org/op "title").
            A soft break, then a hard one\\
            after it, and a note[^n1].

            ## Heading two

            - bullet one
            - bullet two
                - nested bullet

            1. first
            2. second

            > A block quote
            > on two lines.

            ```java
            int x = 1;
            ```

            | Indicator | Value |
            |-----------|------:|
            | households | 96,994 |
            | cost | US$20 |

            [^n1]: The footnote text, with *emphasis*.
            """;

    /** A case built in code (not in any library file) carrying a note with every construct and a coder's guess. */
    static Case withEveryConstruct() {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Case c = f.createCase();
        c.setId("markdown-test");
        c.setName("Markdown test case");
        c.setSummary("A case to test note rendering.");
        c.getCountries().add("PK");
        Note note = f.createNote();
        note.setTitle("Field notes");
        note.setText(EVERY_CONSTRUCT);
        c.getNotes().add(note);
        TypologyCoding coding = f.createTypologyCoding();
        coding.setCell(library().findCell("bovaird", "P2-D2").orElseThrow());
        coding.setAssignedBy(AssignedBy.CODER);
        coding.setConfidence(Confidence.MEDIUM);
        c.getCodings().add(coding);
        return c;
    }
}
