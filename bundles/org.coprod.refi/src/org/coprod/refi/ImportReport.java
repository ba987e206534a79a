package org.coprod.refi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
            return element + (name == null || name.isBlank() ? "" : " '" + name + "'") + ": " + detail;
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
        return c.cases() + " cases" + (c.casesMerged() > 0 ? " (+" + c.casesMerged() + " merged)" : "")
                + (c.casesSkipped() > 0 ? " (" + c.casesSkipped() + " skipped)" : "") + ", " + c.documents() + " documents"
                + (c.documentsReused() > 0 ? " (+" + c.documentsReused() + " already in the library)" : "") + ", " + c.caseNotes()
                + " case notes, " + c.segments() + " coded passages (" + c.codings() + " codings), " + c.codes() + " new codes"
                + (c.codesMatched() > 0 ? " (" + c.codesMatched() + " matched to the library's)" : "") + ", " + c.coders() + " coders, "
                + c.memos() + " memos, " + c.summaries() + " summaries, " + c.variables() + " case variables";
    }

    /** The whole report as lines for a person: the summary, then what was not carried over, changed, and noted. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add("error: " + e));
        out.add(summary());
        section(out, Kind.NOT_CARRIED, "not carried over");
        section(out, Kind.CHANGED, "carried over with a change");
        section(out, Kind.NOTE, "to know");
        return out;
    }

    private void section(List<String> out, Kind kind, String heading) {
        List<Entry> list = entries(kind);
        if (!list.isEmpty()) {
            out.add(heading + " (" + list.size() + "):");
            list.forEach(e -> out.add("  " + e));
        }
    }
}
