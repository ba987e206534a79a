package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.LoadProblem;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the rows of a {@link CaseTable} into an {@link ImportPlan} for a library, one row per case (the layout is in
 * the README and {@link CaseColumns}). Every bad cell is reported with its row, column and reason; a file with errors
 * changes nothing unless bad rows are to be skipped; an existing case is refused unless merging is asked for, and a
 * case whose file the library could not read is always refused, since that file is never written over.
 */
public final class CaseImporter {

    /** The columns of the import layout, in the documented order. */
    public static final List<String> COLUMNS = CaseColumns.ALL;

    /** What to do with bad rows and with rows whose case already exists. */
    public record Options(boolean skipBadRows, boolean merge) {
        public static final Options STRICT = new Options(false, false);
    }

    /** What an import did (or, when {@link #applied()} is false, refused to do). */
    public record Result(List<String> added, List<String> merged, List<ImportProblem> problems, int skippedRows, boolean applied) {
    }

    /** A row read without errors so far, with the case it gives and the library's case it would change. */
    private record Row(int number, RowReader reader, Case imported, Case existing, String parentId) {
    }

    private final Library library;

    public CaseImporter(Library library) {
        this.library = library;
    }

    /** Plans the import and applies it to the library in memory when it may be applied. */
    public Result importTable(CaseTable table, Options options) {
        ImportPlan plan = plan(table, SourceImporter.Reading.NONE, options);
        if (plan.applicable()) {
            plan.apply(library);
        }
        return new Result(plan.applicable() ? plan.added() : List.of(), plan.applicable() ? plan.merged() : List.of(), plan.problems(),
                plan.skippedRows(), plan.applicable());
    }

    /** What importing {@code table} would do; the library is not changed. */
    public ImportPlan plan(CaseTable table, Options options) {
        return plan(table, SourceImporter.Reading.NONE, options);
    }

    /** What importing {@code table}, with the sources of a sources table already read, would do; nothing is changed. */
    public ImportPlan plan(CaseTable table, SourceImporter.Reading sources, Options options) {
        List<ImportProblem> problems = headerProblems(table.header());
        if (!problems.isEmpty()) {
            return refused(problems, sources, 0);
        }
        ImportScope scope = new ImportScope(library, sources.newSources());
        Map<String, Case> libraryCases = new HashMap<>();
        library.root().getCases().forEach(c -> libraryCases.putIfAbsent(c.getId(), c));
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Integer> refusedRows = new HashMap<>();
        int skipped = 0;
        for (CaseTable.Line line : table.lines()) {
            RowReader reader = new RowReader(line, scope);
            Case imported = reader.read();
            String id = imported.getId();
            Case existing = libraryCases.get(id);
            checkTarget(reader, line, id, existing, rows.containsKey(id) || refusedRows.containsKey(id), options);
            problems.addAll(reader.problems());
            if (reader.refused()) {
                refusedRows.putIfAbsent(id, line.number());
                skipped++;
            } else {
                rows.put(id, new Row(line.number(), reader, imported, existing, line.get("parent")));
            }
        }
        skipped += new Parents(rows, refusedRows, libraryCases, problems).resolve();
        boolean applicable = (options.skipBadRows() || problems.stream().noneMatch(ImportProblem::isError))
                && sources.problems().stream().noneMatch(ImportProblem::isError);
        if (!applicable) {
            return refused(problems, sources, skipped);
        }
        List<Case> newCases = new ArrayList<>();
        List<ImportPlan.Merge> merges = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.existing() == null) {
                newCases.add(row.imported());
            } else {
                merges.add(new ImportPlan.Merge(row.existing(), row.number(), CaseMerge.changes(row.existing(), row.imported(),
                        row.reader().filled(), row.number(), problems)));
            }
        }
        return new ImportPlan(newCases, merges, usedNewActors(scope, rows.values()), sources.newSources(), sources.updates(), problems,
                sources.problems(), skipped, true);
    }

    private static List<ImportProblem> headerProblems(List<String> header) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(column)) {
                problems.add(new ImportProblem(1, column, NLS.bind(Messages.Header_unknownColumn, String.join(", ", COLUMNS))));
            } else if (!seen.add(column)) {
                problems.add(new ImportProblem(1, column, Messages.Header_twice));
            }
        }
        for (String required : List.of("id", "name")) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(1, required, Messages.Header_required));
            }
        }
        return problems;
    }

    /** The checks that depend on the library and the rest of the file rather than on the row alone. */
    private void checkTarget(RowReader reader, CaseTable.Line line, String id, Case existing, boolean seenInFile, Options options) {
        if (id.isEmpty() || reader.problems().stream().anyMatch(p -> p.isError() && p.column().equals("id"))) {
            return;
        }
        ImportCell cell = new ImportCell(line.number(), "id", id, reader.problems());
        Optional<LoadProblem> damaged = library.problemWith(library.caseFile(id));
        if (seenInFile) {
            cell.error(NLS.bind(Messages.Id_twice, id));
        } else if (damaged.isPresent()) {
            cell.error(NLS.bind(Messages.Id_damaged, new Object[] {id, damaged.get().file(), damaged.get().message()}));
        } else if (existing != null && !options.merge()) {
            cell.error(NLS.bind(Messages.Id_exists, id));
        }
    }

    /** New actors that accepted rows use, in the order they were first met; those of refused rows are left out. */
    private static List<Actor> usedNewActors(ImportScope scope, Iterable<Row> rows) {
        Set<Actor> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Actor> out = new ArrayList<>();
        for (Row row : rows) {
            Set<Actor> actors = new LinkedHashSet<>();
            row.imported().getRoles().stream().map(Role::getActor).forEach(actors::add);
            row.imported().getContributions().stream().map(ResourceContribution::getActor).forEach(actors::add);
            for (Actor a : actors) {
                if (a != null && scope.isCreated(a) && used.add(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static ImportPlan refused(List<ImportProblem> problems, SourceImporter.Reading sources, int skipped) {
        return new ImportPlan(List.of(), List.of(), List.of(), List.of(), List.of(), problems, sources.problems(), skipped, false);
    }

    /** Resolves the rows' parents, refusing a row whose parent is missing, refused, or would make a cycle. */
    private record Parents(Map<String, Row> rows, Map<String, Integer> refusedRows, Map<String, Case> libraryCases,
            List<ImportProblem> problems) {

        /** Returns how many more rows were refused. */
        int resolve() {
            int refused = 0;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Row row : new ArrayList<>(rows.values())) {
                    Optional<String> why = problem(row);
                    if (why.isPresent()) {
                        problems.add(new ImportProblem(row.number(), "parent", why.get()));
                        rows.remove(row.imported().getId());
                        refusedRows.put(row.imported().getId(), row.number());
                        refused++;
                        changed = true;
                    }
                }
            }
            for (Row row : rows.values()) {
                if (!row.parentId().isEmpty()) {
                    row.imported().setParent(parentCase(row.parentId()));
                }
            }
            return refused;
        }

        private Optional<String> problem(Row row) {
            String parent = row.parentId();
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            if (refusedRows.containsKey(parent) && !libraryCases.containsKey(parent)) {
                return Optional.of(NLS.bind(Messages.Parent_refused, parent, refusedRows.get(parent)));
            }
            if (!rows.containsKey(parent) && !libraryCases.containsKey(parent)) {
                return Optional.of(NLS.bind(Messages.Parent_unknown, parent));
            }
            List<String> chain = new ArrayList<>(List.of(row.imported().getId()));
            Set<String> seen = new HashSet<>(chain);
            for (String id = parent; id != null; id = parentOf(id)) {
                chain.add(id);
                if (id.equals(row.imported().getId())) {
                    return Optional.of(NLS.bind(Messages.Parent_cycle, String.join(" → ", chain)));
                }
                if (!seen.add(id)) {
                    return Optional.empty(); // a cycle above this case, reported on its own rows
                }
            }
            return Optional.empty();
        }

        /** The parent a case would have after the import: its row's, or else the library's. */
        private String parentOf(String id) {
            Row row = rows.get(id);
            if (row != null && !row.parentId().isEmpty()) {
                return row.parentId();
            }
            Case c = libraryCases.get(id);
            return c == null || c.getParent() == null ? null : c.getParent().getId();
        }

        private Case parentCase(String id) {
            Row row = rows.get(id);
            return row != null && row.existing() == null ? row.imported() : libraryCases.get(id);
        }
    }
}
