package org.coprod.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Codebook;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Changes to a codebook as undoable commands: new, rename, move, merge, delete. Code names are unique in a codebook
 * (ignoring case), since researchers and the command line name codes by them; built-in codes stand for the typology
 * and the model's dimensions, so they can be renamed or recoloured but not merged away or deleted.
 */
public final class CodebookChanges {

    private CodebookChanges() {
    }

    /** The code of the codebook with this name (ignoring case), id or built-in key. */
    public static Optional<Code> find(Codebook book, String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        return book.getCodes().stream().filter(c -> wanted.equals(c.getId()) || wanted.equals(c.getBuiltIn())
                || c.getName() != null && c.getName().strip().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * Like {@link #find(Codebook, String)}, and also by a typology cell's code ({@code P2-D1}) for the built-in code of
     * the cell (of the first typology with such a cell), as researchers name cells.
     */
    public static Optional<Code> find(CaseLibrary library, String nameOrId) {
        if (library.getCodebook() == null) {
            return Optional.empty();
        }
        Optional<Code> found = find(library.getCodebook(), nameOrId);
        if (found.isPresent() || nameOrId == null) {
            return found;
        }
        return library.getTypologies().stream().flatMap(t -> t.getCells().stream())
                .filter(cell -> cell.getCode() != null && cell.getCode().equalsIgnoreCase(nameOrId.strip())).findFirst()
                .flatMap(cell -> BuiltInCodes.forCell(library, cell));
    }

    /** A new user code (not yet in the codebook: {@link #add} adds it). */
    public static Code create(String name, Code parent, String definition, String colour) {
        Code code = CoprodFactory.eINSTANCE.createCode();
        code.setId("code-" + UUID.randomUUID());
        code.setName(name.strip());
        code.setParent(parent);
        code.setDefinition(definition);
        code.setColour(colour);
        code.setCodable(true);
        return code;
    }

    /** The command that adds a new code to the codebook; refused when the name is empty or taken. */
    public static Command add(EditingDomain domain, Codebook book, Code code) throws CodingRefused {
        checkName(book, code.getName(), null);
        return new AddCommand(domain, book, Literals.CODEBOOK__CODES, code);
    }

    /** The command that renames a code. */
    public static Command rename(EditingDomain domain, Codebook book, Code code, String name) throws CodingRefused {
        checkName(book, name, code);
        return new SetCommand(domain, code, Literals.CODE__NAME, name.strip());
    }

    private static void checkName(Codebook book, String name, Code self) throws CodingRefused {
        if (name == null || name.isBlank()) {
            throw new CodingRefused("A code needs a name.");
        }
        Optional<Code> other = book.getCodes().stream()
                .filter(c -> c != self && c.getName() != null && c.getName().strip().equalsIgnoreCase(name.strip())).findFirst();
        if (other.isPresent()) {
            throw new CodingRefused("The codebook already has a code named “" + other.get().getName() + "”.");
        }
    }

    /** Whether {@code code} lies under {@code ancestor}, directly or through other codes. */
    private static boolean isUnder(Code code, Code ancestor) {
        for (Code p = code.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
            if (p == code) {
                return false; // a cycle that does not pass through the ancestor
            }
        }
        return false;
    }

    /** The command that moves a code under another (null: to the top); refused when it would be its own ancestor. */
    public static Command move(EditingDomain domain, Code code, Code parent) throws CodingRefused {
        for (Code p = parent; p != null; p = p.getParent()) {
            if (p == code) {
                throw new CodingRefused("“" + code.getName() + "” cannot move under itself or one of its own codes.");
            }
        }
        return new SetCommand(domain, code, Literals.CODE__PARENT, parent);
    }

    /**
     * The command that merges {@code from} into {@code into}: its segments, summaries, memos and child codes move to
     * {@code into} (a segment that has both keeps one; two summaries of one case are joined), then {@code from} goes.
     */
    public static Command merge(EditingDomain domain, CaseLibrary library, Code from, Code into) throws CodingRefused {
        if (from == into) {
            throw new CodingRefused("A code cannot be merged into itself.");
        }
        if (BuiltInCodes.isBuiltIn(from)) {
            throw new CodingRefused("“" + from.getName() + "” stands for a built-in dimension and cannot be merged away.");
        }
        if (!into.isCodable()) {
            throw new CodingRefused("“" + into.getName() + "” is a code group and cannot take passages.");
        }
        CompoundCommand command = new CompoundCommand("Merge “" + from.getName() + "” into “" + into.getName() + "”");
        Optional<Meaning> meaning = BuiltInCodes.meaning(library, into);
        for (Case c : library.getCases()) {
            List<Segment> moved = new ArrayList<>();
            for (Segment s : c.getSegments()) {
                if (s.getCodes().contains(from)) {
                    command.append(new RemoveCommand(domain, s, Literals.SEGMENT__CODES, from));
                    if (!s.getCodes().contains(into)) {
                        command.append(new AddCommand(domain, s, Literals.SEGMENT__CODES, into));
                        moved.add(s);
                    }
                }
            }
            if (meaning.isPresent() && !moved.isEmpty()) {
                // Passages that now carry a built-in code are evidence of its conclusion, as if coded with it.
                Segment first = moved.get(0);
                Command cite = Records.cite(domain, c, meaning.get(), moved, first.getCoder(), first.getCodedOn());
                if (cite != null) {
                    command.append(cite);
                }
            }
            mergeSummaries(domain, c, from, into, command);
        }
        List<Object> memos = new ArrayList<>(from.getMemos());
        if (!memos.isEmpty()) {
            command.append(new RemoveCommand(domain, from, Literals.CODE__MEMOS, memos));
            command.append(new AddCommand(domain, into, Literals.CODE__MEMOS, memos));
        }
        if (isUnder(into, from)) {
            // It takes the merged code's place: left under it, it would hang from a code that is gone, or (deeper) in a cycle.
            command.append(new SetCommand(domain, into, Literals.CODE__PARENT, from.getParent()));
        }
        reparent(domain, library.getCodebook(), from, into, command);
        command.append(new RemoveCommand(domain, library.getCodebook(), Literals.CODEBOOK__CODES, from));
        return command;
    }

    private static void mergeSummaries(EditingDomain domain, Case c, Code from, Code into, CompoundCommand command) {
        Optional<CodeSummary> moving = summary(c, from);
        if (moving.isEmpty()) {
            return;
        }
        Optional<CodeSummary> kept = summary(c, into);
        if (kept.isPresent()) {
            String joined = join(kept.get().getText(), moving.get().getText());
            command.append(new SetCommand(domain, kept.get(), Literals.CODE_SUMMARY__TEXT, joined));
            command.append(new RemoveCommand(domain, c, Literals.CASE__CODE_SUMMARIES, moving.get()));
        } else {
            command.append(new SetCommand(domain, moving.get(), Literals.CODE_SUMMARY__CODE, into));
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n\n" + b;
    }

    /** The researcher's summary of a code in a case, if there is one. */
    public static Optional<CodeSummary> summary(Case c, Code code) {
        return c.getCodeSummaries().stream().filter(s -> s.getCode() == code).findFirst();
    }

    private static void reparent(EditingDomain domain, Codebook book, Code code, Code newParent, CompoundCommand command) {
        for (Code child : book.getCodes()) {
            if (child.getParent() == code && child != newParent) {
                command.append(new SetCommand(domain, child, Literals.CODE__PARENT, newParent));
            }
        }
    }

    /**
     * The command that deletes a code: it leaves every segment (a segment left with no code goes, and leaves the
     * conclusions that cited it), its summaries go, its child codes move up to its parent.
     */
    public static Command delete(EditingDomain domain, CaseLibrary library, Code code) throws CodingRefused {
        if (BuiltInCodes.isBuiltIn(code)) {
            throw new CodingRefused("“" + code.getName() + "” stands for a built-in dimension and cannot be deleted.");
        }
        CompoundCommand command = new CompoundCommand("Delete “" + code.getName() + "”");
        for (Case c : library.getCases()) {
            for (Segment s : c.getSegments()) {
                if (s.getCodes().contains(code)) {
                    command.append(PassageCoding.uncode(domain, library, s, code));
                }
            }
            summary(c, code).ifPresent(s -> command.append(new RemoveCommand(domain, c, Literals.CASE__CODE_SUMMARIES, s)));
        }
        reparent(domain, library.getCodebook(), code, code.getParent(), command);
        command.append(new RemoveCommand(domain, library.getCodebook(), Literals.CODEBOOK__CODES, code));
        return command;
    }

    /** How many segments carry the code, and in how many cases. */
    public record Use(int segments, int cases) {
    }

    /** How much a code is used across the library. */
    public static Use use(CaseLibrary library, Code code) {
        int segments = 0;
        int cases = 0;
        for (Case c : library.getCases()) {
            long n = c.getSegments().stream().filter(s -> s.getCodes().contains(code)).count();
            segments += (int) n;
            cases += n > 0 ? 1 : 0;
        }
        return new Use(segments, cases);
    }
}
