package org.coprod.core.evidence;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Memos: Markdown text by a coder, dated, on a code, a case or a document (any number) or on a segment (one). Writing
 * one is a single undoable command: a new memo, or an existing one given new text (then it is the writer's, dated when
 * written, since a memo says who wrote what it says), or one emptied, which removes it. The coder joins the library's
 * coders in the same command if it is new there.
 */
public final class Memos {

    private Memos() {
    }

    /** Whether a memo can be written on this object: a code, a case, a document or a segment. */
    public static boolean holdsMemos(EObject owner) {
        return feature(owner).isPresent();
    }

    /** The memos of an object, oldest first (a segment's one memo, or none). */
    public static List<Memo> of(EObject owner) {
        return switch (owner) {
            case Segment s -> s.getMemo() == null ? List.of() : List.of(s.getMemo());
            case Case c -> List.copyOf(c.getMemos());
            case Document d -> List.copyOf(d.getMemos());
            case Code c -> List.copyOf(c.getMemos());
            case null, default -> List.of();
        };
    }

    /**
     * The command that writes a memo on {@code owner}: a new one when {@code memo} is null, else {@code memo} with this
     * text by this coder at {@code when}; blank text removes {@code memo} (and writes no new one). Unexecutable when
     * nothing would change or the object holds no memos. {@code domain} may be null (the command line).
     */
    public static Command write(EditingDomain domain, CaseLibrary library, EObject owner, Memo memo, String text, Coder coder,
            Date when) {
        Optional<EReference> feature = feature(owner);
        boolean blank = text == null || text.isBlank();
        if (feature.isEmpty() || memo != null && !of(owner).contains(memo) || memo == null && blank
                || memo != null && !blank && text.equals(memo.getText())
                || memo == null && !feature.get().isMany() && !of(owner).isEmpty()) { // a new memo never replaces a segment's
            return UnexecutableCommand.INSTANCE;
        }
        if (memo != null && blank) {
            return remove(domain, owner, memo);
        }
        CompoundCommand command = new CompoundCommand(memo == null ? "Add Memo" : "Edit Memo");
        if (!library.getCoders().contains(coder)) {
            command.append(new AddCommand(domain, library, Literals.CASE_LIBRARY__CODERS, coder));
        }
        if (memo == null) {
            Memo made = PassageCoding.memo(text, coder, when);
            command.append(feature.get().isMany() ? new AddCommand(domain, owner, feature.get(), made)
                    : new SetCommand(domain, owner, feature.get(), made));
        } else {
            command.append(new SetCommand(domain, memo, Literals.MEMO__TEXT, text));
            command.append(new SetCommand(domain, memo, Literals.MEMO__AUTHOR, coder));
            command.append(new SetCommand(domain, memo, Literals.MEMO__DATE, when));
        }
        return command;
    }

    /** The command that removes a memo of an object. */
    public static Command remove(EditingDomain domain, EObject owner, Memo memo) {
        Optional<EReference> feature = feature(owner);
        if (feature.isEmpty() || !of(owner).contains(memo)) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = feature.get().isMany() ? new RemoveCommand(domain, owner, feature.get(), memo)
                : new SetCommand(domain, owner, feature.get(), null);
        return new CompoundCommand("Remove Memo", List.of(command));
    }

    private static Optional<EReference> feature(EObject owner) {
        return Optional.ofNullable(switch (owner) {
            case Segment s -> Literals.SEGMENT__MEMO;
            case Case c -> Literals.CASE__MEMOS;
            case Document d -> Literals.DOCUMENT__MEMOS;
            case Code c -> Literals.CODE__MEMOS;
            case null, default -> null;
        });
    }
}
