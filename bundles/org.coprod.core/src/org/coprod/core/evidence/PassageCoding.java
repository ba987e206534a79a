package org.coprod.core.evidence;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Coding a passage, the one rule for the workbench and the command line: a segment of a text of the case (one of its
 * notes or documents), kept with the case; the same range coded again gets the new code on its existing segment.
 * A built-in code also records its conclusion on the case ({@link Records}), made if the case lacks it, with the
 * segment as its evidence. Every change is an undoable command; {@code domain} may be null outside the workbench, and
 * then the command is run with {@code execute()} alone: EMF's edit commands ask the domain whether a resource is
 * read-only when {@code canExecute()} (and so a command stack) prepares them.
 */
public final class PassageCoding {

    /** A coding ready to run: its command and the segment it codes (new, or the existing one of the same range). */
    public record Coding(Command command, Segment segment, boolean newSegment) {
    }

    private PassageCoding() {
    }

    /** The command that codes {@code [start, end)} (code points) of a text of the case with a code, by a coder. */
    public static Coding code(EditingDomain domain, CaseLibrary library, Case c, CodableText text, int start, int end, Code code,
            Coder codedBy, Date when, String memo) throws CodingRefused {
        check(library, c, text, code);
        // The library's own record of the coder, when it has one: an identity kept outside (preferences) comes in new.
        Coder coder = codedBy.getId() == null ? codedBy : Coders.byId(library, codedBy.getId()).orElse(codedBy);
        String content = Texts.of(text).orElseThrow(() -> new CodingRefused("The text of " + Texts.title(text) + " cannot be read."));
        int length = CodePoints.length(content);
        if (!CodePoints.inside(start, end, length)) {
            throw new CodingRefused("The passage " + start + "–" + end + " is not inside " + Texts.title(text) + ", which has "
                    + length + " characters.");
        }
        CompoundCommand command = new CompoundCommand("Code “" + code.getName() + "”");
        if (!library.getCoders().contains(coder)) {
            command.append(new AddCommand(domain, library, Literals.CASE_LIBRARY__CODERS, coder));
        }
        Optional<Segment> existing = at(c, text, start, end);
        Segment segment;
        if (existing.isPresent()) {
            segment = existing.get();
            if (segment.getCodes().contains(code)) {
                throw new CodingRefused("This passage is already coded “" + code.getName() + "”.");
            }
            command.append(new AddCommand(domain, segment, Literals.SEGMENT__CODES, code));
        } else {
            segment = CoprodFactory.eINSTANCE.createSegment();
            segment.setId("seg-" + UUID.randomUUID());
            segment.setText(text);
            segment.setStart(start);
            segment.setEnd(end);
            segment.setQuote(CodePoints.slice(content, start, end));
            segment.getCodes().add(code);
            segment.setCoder(coder);
            segment.setCodedOn(when);
            if (memo != null && !memo.isBlank()) {
                segment.setMemo(memo(memo, coder, when));
            }
            command.append(new AddCommand(domain, c, Literals.CASE__SEGMENTS, segment));
        }
        Optional<Meaning> meaning = BuiltInCodes.meaning(library, code);
        if (meaning.isPresent()) {
            Command cite = Records.cite(domain, c, meaning.get(), List.of(segment), coder, when);
            if (cite != null) {
                command.append(cite);
            }
        }
        return new Coding(command, segment, existing.isEmpty());
    }

    private static void check(CaseLibrary library, Case c, CodableText text, Code code) throws CodingRefused {
        if (library.getCodebook() == null || !library.getCodebook().getCodes().contains(code)) {
            throw new CodingRefused("“" + code.getName() + "” is not a code of this library's codebook.");
        }
        // Before the group check: a not-applicable cell's code is not codable either, and is no group.
        if (BuiltInCodes.meaning(library, code).orElse(null) instanceof CellMeaning cell && !cell.cell().isApplicable()) {
            throw new CodingRefused("The typology marks cell " + cell.cell().getCode() + " as not applicable.");
        }
        if (!code.isCodable()) {
            throw new CodingRefused("“" + code.getName() + "” is a code group: code the passage with one of its codes.");
        }
        boolean ofCase = text instanceof Note note ? c.getNotes().contains(note) : text instanceof Document d && c.getDocuments().contains(d);
        if (!ofCase) {
            throw new CodingRefused(Texts.title(text) + " is not a note or a document of " + c.getName() + ".");
        }
    }

    /** The segment of the case that covers exactly this range of the text. */
    public static Optional<Segment> at(Case c, CodableText text, int start, int end) {
        return c.getSegments().stream().filter(s -> s.getText() == text && s.getStart() == start && s.getEnd() == end).findFirst();
    }

    /** A memo by a coder, written now. */
    public static Memo memo(String text, Coder author, Date when) {
        Memo memo = CoprodFactory.eINSTANCE.createMemo();
        memo.setId("memo-" + UUID.randomUUID());
        memo.setText(text);
        memo.setAuthor(author);
        memo.setDate(when);
        return memo;
    }

    /**
     * The command that takes a code off a segment: the segment leaves the conclusion the code stands for, and a segment
     * left with no code is removed (from every conclusion that cites it, then from the case).
     */
    public static Command uncode(EditingDomain domain, CaseLibrary library, Segment segment, Code code) {
        Case c = (Case) segment.eContainer();
        if (segment.getCodes().size() <= 1) {
            return remove(domain, segment);
        }
        CompoundCommand command = new CompoundCommand("Remove “" + code.getName() + "”");
        command.append(new RemoveCommand(domain, segment, Literals.SEGMENT__CODES, code));
        BuiltInCodes.meaning(library, code).flatMap(m -> Records.matching(c, m))
                .filter(r -> r.getSegments().contains(segment))
                .ifPresent(r -> command.append(new RemoveCommand(domain, r, Literals.CODED_RECORD__SEGMENTS, segment)));
        return command;
    }

    /** The command that removes a segment from its case and from every conclusion that cites it (the conclusions stay). */
    public static Command remove(EditingDomain domain, Segment segment) {
        Case c = (Case) segment.eContainer();
        CompoundCommand command = new CompoundCommand("Remove coded passage");
        List<CodedRecord> citing = Records.citing(c, segment);
        citing.forEach(r -> command.append(new RemoveCommand(domain, r, Literals.CODED_RECORD__SEGMENTS, segment)));
        command.append(new RemoveCommand(domain, c, Literals.CASE__SEGMENTS, segment));
        return command;
    }
}
