package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Source;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a table of bibliographic sources (columns {@code id, citation, short_title, authors, year, document}). A
 * source whose id the library has is updated, since cases refer to sources by id, but only in the columns the row
 * fills: an empty cell or a missing column never blanks what the library knows.
 */
public final class SourceImporter {

    /** The columns of a sources table. */
    public static final List<String> COLUMNS = List.of("id", "citation", "short_title", "authors", "year", "document");

    private static final Map<String, EStructuralFeature> FEATURES = Map.of("citation", CoprodPackage.Literals.SOURCE__CITATION,
            "short_title", CoprodPackage.Literals.SOURCE__SHORT_TITLE, "authors", CoprodPackage.Literals.SOURCE__AUTHORS,
            "year", CoprodPackage.Literals.SOURCE__YEAR, "document", CoprodPackage.Literals.SOURCE__DOCUMENT);

    /** What a sources table would add and change; nothing of it is in the library yet. */
    public record Reading(List<Source> newSources, List<ImportPlan.Merge> updates, List<ImportProblem> problems) {
        public static final Reading NONE = new Reading(List.of(), List.of(), List.of());
    }

    private final Library library;

    public SourceImporter(Library library) {
        this.library = library;
    }

    /** Reads the table; any problem makes the whole import refuse (a source is cited by many cases). */
    public Reading read(CaseTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : table.header()) {
            if (!column.isEmpty() && !COLUMNS.contains(column)) {
                problems.add(new ImportProblem(1, column, NLS.bind(Messages.Sources_unknownColumn, String.join(", ", COLUMNS))));
            }
            if (!seen.add(column)) {
                problems.add(new ImportProblem(1, column, Messages.Sources_twice));
            }
        }
        if (!table.header().contains("id") || !table.header().contains("citation")) {
            problems.add(new ImportProblem(1, "id", Messages.Sources_required));
        }
        if (!problems.isEmpty()) {
            return new Reading(List.of(), List.of(), problems);
        }
        Map<String, Source> known = new HashMap<>();
        library.root().getSources().forEach(s -> known.put(s.getId(), s));
        List<Source> added = new ArrayList<>();
        List<ImportPlan.Merge> updates = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (CaseTable.Line line : table.lines()) {
            problems.addAll(line.problems());
            line.cells().forEach((column, value) -> XmlText.problem(value)
                    .ifPresent(p -> problems.add(new ImportProblem(line.number(), column, p))));
            String id = line.get("id");
            if (id.isEmpty()) {
                problems.add(new ImportProblem(line.number(), "id", Messages.Sources_noId));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new ImportProblem(line.number(), "id", NLS.bind(Messages.Sources_idTwice, id)));
                continue;
            }
            Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, EStructuralFeature> column : FEATURES.entrySet()) {
                String text = line.get(column.getKey());
                if (text.isEmpty()) {
                    continue;
                }
                if (column.getKey().equals("year")) {
                    if (!text.matches("\\d{4}")) {
                        problems.add(new ImportProblem(line.number(), "year", NLS.bind(Messages.Value_notYear, text)));
                        continue;
                    }
                    values.put(column.getValue(), Integer.valueOf(text));
                } else {
                    values.put(column.getValue(), text);
                }
            }
            Source existing = known.get(id);
            if (existing == null) {
                if (line.get("citation").isEmpty()) {
                    problems.add(new ImportProblem(line.number(), "citation", Messages.Sources_noCitation));
                }
                Source s = CoprodFactory.eINSTANCE.createSource();
                s.setId(id);
                values.forEach(s::eSet);
                added.add(s);
            } else {
                List<ImportPlan.Change> changes = values.entrySet().stream()
                        .map(e -> new ImportPlan.Change(e.getKey(), e.getValue())).toList();
                updates.add(new ImportPlan.Merge(existing, line.number(), changes));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(List.of(), List.of(), problems);
        }
        return new Reading(added, updates, problems);
    }

    /** Adds or updates the sources; returns the problems found (nothing is changed when there are any). */
    public List<ImportProblem> importTable(CaseTable table) {
        Reading reading = read(table);
        if (reading.problems().isEmpty()) {
            library.root().getSources().addAll(reading.newSources());
            for (ImportPlan.Merge update : reading.updates()) {
                update.changes().forEach(c -> update.target().eSet(c.feature(), c.value()));
            }
        }
        return reading.problems();
    }
}
