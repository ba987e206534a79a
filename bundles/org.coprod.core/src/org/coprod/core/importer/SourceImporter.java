package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coprod.core.Library;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Source;

/**
 * Reads a table of bibliographic sources (columns {@code id, citation, short_title, authors, year, document}) into a
 * library; a source whose id exists is updated, since sources are referenced by id from the cases.
 */
public final class SourceImporter {

    private final Library library;

    public SourceImporter(Library library) {
        this.library = library;
    }

    /** Adds or updates the sources; returns the problems found (nothing is changed when there are any). */
    public List<ImportProblem> importTable(CaseTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!table.header().contains("id") || !table.header().contains("citation")) {
            problems.add(new ImportProblem(1, "id", "a sources table needs the columns id and citation"));
            return problems;
        }
        List<Source> read = new ArrayList<>();
        for (CaseTable.Line line : table.lines()) {
            Source s = CoprodFactory.eINSTANCE.createSource();
            s.setId(line.get("id"));
            if (s.getId().isEmpty()) {
                problems.add(new ImportProblem(line.number(), "id", "a source needs an id"));
            }
            s.setCitation(line.get("citation"));
            s.setShortTitle(line.get("short_title"));
            s.setAuthors(line.get("authors"));
            s.setDocument(line.get("document"));
            String year = line.get("year");
            if (!year.isEmpty()) {
                if (year.matches("\\d{4}")) {
                    s.setYear(Integer.valueOf(year));
                } else {
                    problems.add(new ImportProblem(line.number(), "year", "'" + year + "' is not a year (four digits)"));
                }
            }
            read.add(s);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Source s : read) {
            Optional<Source> known = library.root().getSources().stream().filter(k -> s.getId().equals(k.getId())).findFirst();
            if (known.isPresent()) {
                Source k = known.get();
                k.setCitation(s.getCitation());
                k.setShortTitle(s.getShortTitle());
                k.setAuthors(s.getAuthors());
                k.setYear(s.getYear());
                k.setDocument(s.getDocument());
            } else {
                library.root().getSources().add(s);
            }
        }
        return problems;
    }
}
