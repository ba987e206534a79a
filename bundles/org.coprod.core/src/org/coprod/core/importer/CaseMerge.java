package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Outcome;
import org.coprod.model.PoliticalProfile;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The changes a {@code --merge} row makes to a case the library has: every feature of every column the row fills is
 * replaced by the row's value, whatever that value is ({@code ongoing = no} turns an ongoing case off); columns the
 * row leaves empty keep the case's values. Coded evidence is never lost ({@link MergeEvidence}): notes with coded passages
 * stay beside the row's note, and the row's conclusions take over the passages the case's cited.
 */
final class CaseMerge {

    /** The features holding conclusions that cite coded passages, with the column that fills each. */
    private static final Map<EStructuralFeature, String> RECORD_COLUMNS = Map.of(CoprodPackage.Literals.CASE__CODINGS, "codings",
            CoprodPackage.Literals.CASE__DRIVERS, "drivers", CoprodPackage.Literals.CASE__OUTCOMES, "outcomes",
            CoprodPackage.Literals.CASE__BENEFITS, "benefits", CoprodPackage.Literals.CASE__LIMITATIONS, "limitations");

    private CaseMerge() {
    }

    static List<ImportPlan.Change> changes(Case target, Case imported, Set<String> filled, int row, List<ImportProblem> problems) {
        Set<EStructuralFeature> features = new LinkedHashSet<>();
        for (String column : filled) {
            features.addAll(CaseColumns.FEATURES.getOrDefault(column, List.of()));
        }
        if (features.contains(CoprodPackage.Literals.CASE__EVIDENCE) && !features.contains(CoprodPackage.Literals.CASE__OUTCOMES)
                && target.getOutcomes().stream().map(Outcome::getEvidence).anyMatch(e -> e != null)) {
            problems.add(new ImportProblem(row, "evidence", Messages.Merge_evidenceReplaced, ImportProblem.Severity.WARNING));
        }
        List<ImportPlan.Change> changes = new ArrayList<>();
        for (EStructuralFeature feature : features) {
            if (RECORD_COLUMNS.containsKey(feature)) {
                MergeEvidence.cite(target, imported, (EReference) feature, row, RECORD_COLUMNS.get(feature), problems);
            }
            if (feature == CoprodPackage.Literals.CASE__NOTES) {
                changes.add(new ImportPlan.Change(feature, MergeEvidence.notes(target, imported, row, problems)));
            } else if (feature == CoprodPackage.Literals.CASE__POLITICAL_PROFILE) {
                changes.add(new ImportPlan.Change(feature, profile(target.getPoliticalProfile(), imported.getPoliticalProfile(), filled)));
            } else if (feature.isMany()) {
                changes.add(new ImportPlan.Change(feature, new ArrayList<>((List<?>) imported.eGet(feature))));
            } else if (feature != CoprodPackage.Literals.CASE__PARENT) {
                changes.add(new ImportPlan.Change(feature, imported.eGet(feature)));
            }
        }
        if (filled.contains("parent")) {
            // resolved by the importer once every row was read; set on the imported case
            changes.add(new ImportPlan.Change(CoprodPackage.Literals.CASE__PARENT, imported.getParent()));
        }
        if (features.contains(CoprodPackage.Literals.CASE__EVIDENCE) && !features.contains(CoprodPackage.Literals.CASE__OUTCOMES)) {
            // Outcomes keep no link to evidence that is no longer the case's.
            List<Outcome> outcomes = new ArrayList<>();
            for (Outcome o : target.getOutcomes()) {
                Outcome copy = EcoreUtil.copy(o);
                copy.setEvidence(null);
                outcomes.add(copy);
            }
            changes.add(new ImportPlan.Change(CoprodPackage.Literals.CASE__OUTCOMES, outcomes));
        }
        return changes;
    }

    /** The case's profile with the politics columns the row fills replaced (a new profile when it had none). */
    private static PoliticalProfile profile(PoliticalProfile current, PoliticalProfile imported, Set<String> filled) {
        PoliticalProfile merged = current == null ? imported : EcoreUtil.copy(current);
        if (current != null && imported != null) {
            for (Map.Entry<String, EStructuralFeature> column : CaseColumns.POLITICS.entrySet()) {
                if (filled.contains(column.getKey())) {
                    merged.eSet(column.getValue(), imported.eGet(column.getValue()));
                }
            }
        }
        return merged;
    }
}
