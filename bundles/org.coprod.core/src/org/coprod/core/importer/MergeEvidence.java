package org.coprod.core.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.Records;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.CodedRecord;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.eclipse.emf.ecore.EReference;

/**
 * What a {@code --merge} row must not take from a case: the notes its coded passages lie in, and those passages as the
 * evidence of the conclusions the row gives again. A row's values replace the case's, but coded evidence is the
 * researcher's own work, which no spreadsheet holds.
 */
final class MergeEvidence {

    private MergeEvidence() {
    }

    /**
     * The notes the case has after the row: the row's note replaces the notes no passage is coded in, and is added beside
     * the coded ones (with a note id of its own), unless one of them already has its text.
     */
    static List<Note> notes(Case target, Case imported, int row, List<ImportProblem> problems) {
        Set<CodableText> coded = new HashSet<>();
        target.getSegments().forEach(s -> coded.add(s.getText()));
        List<Note> kept = target.getNotes().stream().filter(coded::contains).toList();
        List<Note> rows = new ArrayList<>(imported.getNotes());
        if (kept.isEmpty()) {
            if (target.getNotes().size() > 1) {
                problems.add(warning(row, "the row's note replaces the case's " + target.getNotes().size() + " notes"));
            }
            return rows;
        }
        List<Note> notes = new ArrayList<>(kept);
        String added = "";
        for (Note note : rows) {
            Optional<Note> same = kept.stream().filter(k -> Objects.equals(k.getText(), note.getText())).findFirst();
            if (same.isPresent()) {
                added = "; the row's note is the text of " + same.get().getId() + " already";
            } else {
                note.setId(NoteIds.next(target));
                notes.add(note);
                added = "; the row's note is added beside them as " + note.getId();
            }
        }
        int replaced = target.getNotes().size() - kept.size();
        String labels = String.join(", ", kept.stream().map(n -> n.getId() + " “" + n.getTitle() + "”").toList());
        problems.add(warning(row, (kept.size() == 1 ? "the case's note with coded passages is kept (" : "the case's "
                + kept.size() + " notes with coded passages are kept (") + labels + ")" + added
                + (replaced == 0 ? "" : "; its " + (replaced == 1 ? "other note is" : replaced + " other notes are") + " replaced")));
        return notes;
    }

    /**
     * Gives the row's conclusions of a feature the passages the case's conclusions of the same meaning cited; warns of each
     * cited conclusion the row no longer gives (its passages stay, with their codes, citing nothing).
     */
    static void cite(Case target, Case imported, EReference feature, int row, String column, List<ImportProblem> problems) {
        for (Object o : (List<?>) target.eGet(feature)) {
            if (!(o instanceof CodedRecord old) || old.getSegments().isEmpty()) {
                continue;
            }
            Optional<Meaning> meaning = Records.meaning(old);
            Optional<CodedRecord> again = meaning.flatMap(m -> Records.matching(imported, m));
            if (again.isPresent()) {
                for (Segment s : old.getSegments()) {
                    if (!again.get().getSegments().contains(s)) {
                        again.get().getSegments().add(s);
                    }
                }
            } else {
                problems.add(new ImportProblem(row, column, "the row drops the case's " + name(meaning) + ", which cites "
                        + count(old.getSegments().size()) + " as evidence (the passages stay, with their codes)",
                        ImportProblem.Severity.WARNING));
            }
        }
    }

    private static String name(Optional<Meaning> meaning) {
        return switch (meaning.orElse(null)) {
            case CellMeaning cell -> "placement in " + cell.cell().getCode();
            case ValueMeaning v -> v.dimension().name().toLowerCase(Locale.ROOT) + " “" + v.value() + "”";
            case null -> "conclusion";
        };
    }

    private static String count(int passages) {
        return passages == 1 ? "1 coded passage" : passages + " coded passages";
    }

    private static ImportProblem warning(int row, String message) {
        return new ImportProblem(row, "note", message, ImportProblem.Severity.WARNING);
    }
}
