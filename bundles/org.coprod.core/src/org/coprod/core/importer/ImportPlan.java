package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What an import would do to a library, built from the accepted rows only: the new cases, the changes to existing
 * cases (one per feature a row's columns fill), the new actors and sources those rows use, and the changes to
 * existing sources. Nothing in it is part of the library until it is applied: the command line calls {@link #apply};
 * the workbench turns each part into a command (add, set) and runs them as one undoable compound command.
 *
 * @param newCases cases to add, each with its own id (no file yet)
 * @param merges changes to cases the library has, in row order
 * @param newActors actors to add to the library before the cases that refer to them
 * @param newSources sources (from the sources table) to add to the library
 * @param sourceUpdates changes to sources the library has (only the columns the sources table fills)
 * @param problems every error and warning, each naming its row and column (of the cases file)
 * @param sourceProblems the same for the sources table
 * @param skippedRows rows refused (by their own errors or by the parent or existing case they name)
 * @param applicable whether applying is allowed: no errors, or errors only in rows that are skipped when asked to
 */
public record ImportPlan(List<Case> newCases, List<Merge> merges, List<Actor> newActors, List<Source> newSources,
        List<Merge> sourceUpdates, List<ImportProblem> problems, List<ImportProblem> sourceProblems, int skippedRows, boolean applicable) {

    /** A feature of an existing object set to a new value; for a many-valued feature, the list that replaces its values. */
    public record Change(EStructuralFeature feature, Object value) {
    }

    /** The changes one row makes to an existing case or source. */
    public record Merge(EObject target, int row, List<Change> changes) {
        /** The id of the case or source the row changes. */
        public String id() {
            return target instanceof Case c ? c.getId() : ((Source) target).getId();
        }
    }

    /** The ids of the cases this plan adds. */
    public List<String> added() {
        return newCases.stream().map(Case::getId).toList();
    }

    /** The cases this plan adds or changes: after {@link #apply}, the only case files a save needs to compare. */
    public List<Case> touchedCases() {
        List<Case> cases = new ArrayList<>(newCases);
        merges.stream().map(Merge::target).filter(Case.class::isInstance).map(Case.class::cast).forEach(cases::add);
        return cases;
    }

    /** The ids of the existing cases this plan changes. */
    public List<String> merged() {
        return merges.stream().map(Merge::id).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError) || sourceProblems.stream().anyMatch(ImportProblem::isError);
    }

    /** Makes the plan part of the library (in memory; {@link Library#save()} writes it, all or nothing). */
    public void apply(Library library) {
        if (!applicable) {
            throw new IllegalStateException("an import with errors is not applied: " + problems);
        }
        library.root().getSources().addAll(newSources);
        sourceUpdates.forEach(ImportPlan::set);
        library.root().getActors().addAll(newActors);
        merges.forEach(ImportPlan::set);
        newCases.forEach(library::addCase);
    }

    private static void set(Merge merge) {
        for (Change change : merge.changes()) {
            merge.target().eSet(change.feature(), change.value());
        }
    }
}
