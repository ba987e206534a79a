package org.coprod.ui.framework;

import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.FrameworkMatrix;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.ui.CurrentCoder;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.emf.TypedText;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * A researcher's summary of a code in a case, typed: every keystroke reaches the model at once, so Save and Close see
 * it, as in the case editor's fields. The first keystroke in a cell without a summary writes one (by the current
 * coder, dated now); the keystrokes after it, up to leaving the field, are one command that grows, so Undo takes back
 * the burst.
 */
final class SummaryTyping {

    private TypedText typing;

    /** Writes {@code text} as the summary of the code in the case; false when nothing changed. */
    boolean typed(WorkbenchSession session, Case c, Code code, String text) {
        if (c.eContainer() == null || code.eContainer() == null) {
            return false; // the case or the code left the library: never write onto what is no longer there
        }
        Optional<CodeSummary> existing = CodebookChanges.summary(c, code);
        if (existing.isEmpty()) {
            if (text.isEmpty()) {
                return false;
            }
            typing = null;
            return session.execute(first(session, c, code, text));
        }
        CodeSummary summary = existing.get();
        if (Objects.equals(summary.getText() == null ? "" : summary.getText(), text)) {
            return false;
        }
        if (typing != null && typing.owner() == summary && session.commandStack().canAmend(typing)) {
            session.commandStack().amend(typing, text);
            return true;
        }
        typing = new TypedText(Messages.SummaryTyping_setSummary, summary, Literals.CODE_SUMMARY__TEXT, text);
        return session.execute(typing);
    }

    private static Command first(WorkbenchSession session, Case c, Code code, String text) {
        CaseLibrary library = session.library().root();
        Coder author = CurrentCoder.in(library).orElse(null);
        Command summarise = FrameworkMatrix.summarise(session.editingDomain(), c, code, text, author, new Date());
        CompoundCommand command = new CompoundCommand(Messages.SummaryTyping_writeSummary);
        if (author != null && !library.getCoders().contains(author)) {
            command.append(new AddCommand(session.editingDomain(), library, Literals.CASE_LIBRARY__CODERS, author));
        }
        command.append(summarise);
        return command;
    }

    /** The next keystroke starts a new command: the user left the field or moved to another cell. */
    void end() {
        typing = null;
    }
}
