package org.coprod.core.evidence;

import org.coprod.model.Case;
import org.coprod.model.Note;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Keeps the segments of a note on their passages when the note's text is edited: a segment whose quote is no longer at
 * its offsets moves to the occurrence of its quote nearest to where it was. A segment whose quote is gone stays where it
 * is, and validation flags it ({@code QUOTE_CHANGED}): it is never moved onto a passage it did not quote.
 */
public final class Anchors {

    private Anchors() {
    }

    /** The command that re-anchors the note's segments to its new text; null when every segment still fits. */
    public static Command after(EditingDomain domain, Case c, Note note, String newText) {
        CompoundCommand command = new CompoundCommand("Keep coded passages in place");
        String text = newText == null ? "" : newText;
        for (Segment s : c.getSegments()) {
            if (s.getText() != note || s.getQuote() == null || s.getQuote().isEmpty() || fits(text, s)) {
                continue;
            }
            int found = nearest(text, s.getQuote(), CodePoints.index(text, s.getStart()));
            if (found >= 0) {
                int start = CodePoints.offset(text, found);
                command.append(new SetCommand(domain, s, Literals.SEGMENT__START, start));
                command.append(new SetCommand(domain, s, Literals.SEGMENT__END, start + CodePoints.length(s.getQuote())));
            }
        }
        return command.isEmpty() ? null : command;
    }

    /** Whether the segment's quote is still the text between its offsets. */
    public static boolean fits(String text, Segment s) {
        int length = CodePoints.length(text);
        return CodePoints.inside(s.getStart(), s.getEnd(), length) && CodePoints.slice(text, s.getStart(), s.getEnd()).equals(s.getQuote());
    }

    /** The UTF-16 index of the occurrence of {@code quote} nearest to {@code near}, or -1. */
    static int nearest(String text, String quote, int near) {
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
                best = i;
            }
        }
        return best;
    }
}
