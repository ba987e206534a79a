package org.coprod.refi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What an import of a REFI-QDA file carried over and what it could not, element by element, as the standard asks an
 * importer to say: each element left out with its kind, its name or GUID and why; each one carried with a change
 * (a colour normalised, offsets converted from CR LF counting, a case made for a source no case held); and the
 * errors that refuse the whole import (such as a case the library already has, without an option saying what to do).
 */
public final class ImportReport {

    /** What happened to an element. */
    public enum Kind {
        /** Left out: the workbench has no place for it, or it was broken. */
        NOT_CARRIED,
        /** Carried over, but not exactly as written. */
        CHANGED,
        /** Carried over as something the user may not expect (a memo, a matched code). */
        NOTE
    }

    /** One element: its REFI-QDA kind ({@code TextSource}, {@code Code} …), its name or GUID, and what happened. */
    public record Entry(Kind kind, String element, String name, String detail) {
        @Override
        public String toString() {
            return name == null || name.isBlank() ? NLS.bind(Messages.Entry_unnamed, element, detail)
                    : NLS.bind(Messages.Entry_named, new Object[] {element, name, detail});
        }
    }

    /** How many of each thing the import adds (or, in a dry run, would add). */
    public record Counts(int cases, int casesMerged, int casesSkipped, int documents, int documentsReused, int caseNotes, int segments,
            int codings, int codes, int codesMatched, int coders, int memos, int summaries, int variables) {
    }

    private final String file;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    int cases;
    int casesMerged;
    int casesSkipped;
    int documents;
    int documentsReused;
    int caseNotes;
    int segments;
    int codings;
    int codes;
    int codesMatched;
    int coders;
    int memos;
    int summaries;
    int variables;

    ImportReport(String file) {
        this.file = file;
    }

    void notCarried(String element, String name, String detail) {
        entries.add(new Entry(Kind.NOT_CARRIED, element, name, detail));
    }

    void changed(String element, String name, String detail) {
        entries.add(new Entry(Kind.CHANGED, element, name, detail));
    }

    void note(String element, String name, String detail) {
        entries.add(new Entry(Kind.NOTE, element, name, detail));
    }

    void error(String message) {
        errors.add(message);
    }

    /** The imported file's name. */
    public String file() {
        return file;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entries of one kind. */
    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Problems that refuse the whole import: nothing is written while there is one. */
    public List<String> errors() {
        return Collections.unmodifiableList(errors);
    }

    public Counts counts() {
        return new Counts(cases, casesMerged, casesSkipped, documents, documentsReused, caseNotes, segments, codings, codes, codesMatched,
                coders, memos, summaries, variables);
    }

    /** One line saying what the import adds. */
    public String summary() {
        Counts c = counts();
        String cases = NLS.bind(Messages.Summary_cases, c.cases()) + extra(Messages.Summary_casesMerged, c.casesMerged())
                + extra(Messages.Summary_casesSkipped, c.casesSkipped());
        String documents = NLS.bind(Messages.Summary_documents, c.documents())
                + extra(Messages.Summary_documentsReused, c.documentsReused());
        String passages = NLS.bind(Messages.Summary_passages, new Object[] {c.caseNotes(), c.segments(), c.codings()});
        String codes = NLS.bind(Messages.Summary_codes, c.codes()) + extra(Messages.Summary_codesMatched, c.codesMatched());
        String rest = NLS.bind(Messages.Summary_rest, new Object[] {c.coders(), c.memos(), c.summaries(), c.variables()});
        return NLS.bind(Messages.Summary_line, new Object[] {cases, documents, passages, codes, rest});
    }

    /** A count in brackets after the one it qualifies, or nothing when it is zero. */
    private static String extra(String template, int count) {
        return count > 0 ? " " + NLS.bind(template, count) : "";
    }

    /** The whole report as lines for a person: the summary, then what was not carried over, changed, and noted. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(NLS.bind(Messages.Lines_error, e)));
        out.add(summary());
        section(out, Kind.NOT_CARRIED, Messages.Lines_notCarried);
        section(out, Kind.CHANGED, Messages.Lines_changed);
        section(out, Kind.NOTE, Messages.Lines_note);
        return out;
    }

    private void section(List<String> out, Kind kind, String heading) {
        List<Entry> list = entries(kind);
        if (!list.isEmpty()) {
            out.add(NLS.bind(heading, list.size()));
            list.forEach(e -> out.add("  " + e));
        }
    }
}
