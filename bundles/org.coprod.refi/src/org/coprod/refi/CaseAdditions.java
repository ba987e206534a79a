package org.coprod.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.NoteIds;
import org.coprod.core.evidence.Records;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CodeSummary;
import org.coprod.model.CodedRecord;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DriverCoding;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Merges what an import read for a case the library already has (held in a case of its own until the import is
 * applied) into that case, when the user asked for a merge. Nothing of the library's case is removed: a fact the
 * project gives replaces a single value and adds to a list; a coded record, note, passage or memo it already has (the
 * same value, or the same id and text) is not added twice, and evidence for a record it has joins that record.
 */
final class CaseAdditions {

    /** What a merge left out because the case had it already, so that the report counts only what was added. */
    record Dropped(int notes, int segments, int codings, int memos, int summaries) {
    }

    private CaseAdditions() {
    }

    @SuppressWarnings("unchecked")
    static Dropped merge(Case from, Case into) {
        for (EAttribute a : CoprodPackage.Literals.CASE.getEAllAttributes()) {
            if (a == CoprodPackage.Literals.CASE__ID) {
                continue;
            }
            if (a.isMany()) {
                List<Object> target = (List<Object>) into.eGet(a);
                for (Object v : (List<Object>) from.eGet(a)) {
                    if (!target.contains(v)) {
                        target.add(v);
                    }
                }
            } else if (from.eIsSet(a)) {
                into.eSet(a, from.eGet(a));
            }
        }
        if (from.getParent() != null) {
            into.setParent(from.getParent());
        }
        profile(from, into);
        Map<Note, Note> notes = notes(from, into);
        Set<Segment> dropped = segments(from, into, notes);
        codings(from, into, dropped);
        for (CodedRecord r : new ArrayList<CodedRecord>(Records.all(from))) {
            if (!(r instanceof TypologyCoding)) {
                record(r, into, dropped);
            }
        }
        for (var d : from.getDocuments()) {
            if (!into.getDocuments().contains(d)) {
                into.getDocuments().add(d);
            }
        }
        Set<String> memoIds = new HashSet<>();
        into.getMemos().forEach(m -> memoIds.add(m.getId()));
        int memos = (int) dropped.stream().filter(s -> s.getMemo() != null).count();
        for (Memo m : new ArrayList<>(from.getMemos())) {
            if (memoIds.add(m.getId())) {
                into.getMemos().add(m);
            } else {
                memos++;
            }
        }
        int summaries = 0;
        for (CodeSummary s : new ArrayList<>(from.getCodeSummaries())) {
            if (into.getCodeSummaries().stream().noneMatch(x -> x.getCode() == s.getCode())) {
                into.getCodeSummaries().add(s);
            } else {
                summaries++;
            }
        }
        return new Dropped(notes.size(), dropped.size(), dropped.stream().mapToInt(s -> s.getCodes().size()).sum(), memos, summaries);
    }

    private static void profile(Case from, Case into) {
        PoliticalProfile p = from.getPoliticalProfile();
        if (p == null) {
            return;
        }
        if (into.getPoliticalProfile() == null) {
            into.setPoliticalProfile(p);
            return;
        }
        for (EAttribute a : CoprodPackage.Literals.POLITICAL_PROFILE.getEAllAttributes()) {
            if (p.eIsSet(a)) {
                into.getPoliticalProfile().eSet(a, p.eGet(a));
            }
        }
    }

    /** Moves the notes; one with the id and text of a note the case has is that note. Returns the notes that are one. */
    private static Map<Note, Note> notes(Case from, Case into) {
        Map<Note, Note> same = new HashMap<>();
        for (Note n : new ArrayList<>(from.getNotes())) {
            Note existing = into.getNotes().stream().filter(x -> Objects.equals(x.getId(), n.getId())).findFirst().orElse(null);
            if (existing != null && Objects.equals(existing.getText(), n.getText())) {
                same.put(n, existing);
                continue;
            }
            if (existing != null) {
                n.setId(NoteIds.next(into));
            }
            into.getNotes().add(n);
        }
        return same;
    }

    /** Moves the passages the case lacks; returns those it already has (same id), which are left behind. */
    private static Set<Segment> segments(Case from, Case into, Map<Note, Note> notes) {
        Set<String> ids = new HashSet<>();
        into.getSegments().forEach(s -> ids.add(s.getId()));
        Set<Segment> dropped = new HashSet<>();
        for (Segment s : new ArrayList<>(from.getSegments())) {
            if (s.getText() instanceof Note n && notes.containsKey(n)) {
                s.setText(notes.get(n));
            }
            if (!ids.add(s.getId())) {
                dropped.add(s);
            } else {
                into.getSegments().add(s);
            }
        }
        return dropped;
    }

    private static void codings(Case from, Case into, Set<Segment> dropped) {
        for (TypologyCoding k : new ArrayList<>(from.getCodings())) {
            k.getSegments().removeAll(dropped);
            Phase phase = k.getPhase() == null ? null : phase(k.getPhase(), into);
            TypologyCoding same = into.getCodings().stream().filter(x -> x.getCell() == k.getCell() && x.getPhase() == phase
                    && Objects.equals(blank(x.getComponent()), blank(k.getComponent()))).findFirst().orElse(null);
            if (same != null) {
                k.getSegments().stream().filter(s -> !same.getSegments().contains(s)).forEach(same.getSegments()::add);
            } else {
                k.setPhase(phase);
                into.getCodings().add(k);
            }
        }
    }

    /** The case's phase with the label of an imported one, or the imported one moved into the case. */
    private static Phase phase(Phase imported, Case into) {
        for (Phase p : into.getPhases()) {
            if (Objects.equals(p.getLabel(), imported.getLabel())) {
                return p;
            }
        }
        if (into.getPhases().stream().anyMatch(p -> Objects.equals(p.getId(), imported.getId()))) {
            imported.setId(into.getId() + ".phase" + (into.getPhases().size() + 1));
        }
        into.getPhases().add(imported);
        return imported;
    }

    @SuppressWarnings("unchecked")
    private static void record(CodedRecord r, Case into, Set<Segment> dropped) {
        r.getSegments().removeAll(dropped);
        ValueMeaning meaning = switch (r) {
            case DriverCoding d -> new ValueMeaning(Dimension.DRIVER, d.getDriver());
            case BenefitClaim b -> new ValueMeaning(Dimension.BENEFIT, b.getBenefit());
            case LimitationClaim l -> new ValueMeaning(Dimension.LIMITATION, l.getLimitation());
            case Outcome o -> new ValueMeaning(Dimension.OUTCOME, o.getDomain());
            default -> null;
        };
        if (meaning == null) {
            return;
        }
        var same = Records.matching(into, meaning);
        if (same.isPresent()) {
            r.getSegments().stream().filter(s -> !same.get().getSegments().contains(s)).forEach(same.get().getSegments()::add);
        } else {
            ((List<Object>) into.eGet(Records.feature(meaning))).add(r);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
