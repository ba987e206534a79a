package org.coprod.ui.codebook;

import java.util.List;
import java.util.function.Supplier;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.CodebookChanges.Use;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.problems.ProblemReports;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

/**
 * The changes the Codebook view makes: new code, rename, move, merge, delete and colour, each one command of
 * {@link CodebookChanges} on the library's command stack, so Undo takes it back. What the codebook refuses (a name
 * taken, a built-in code merged away, a code moved under itself) is said to the user in the codebook's own words.
 */
public final class CodebookActions {

    /** Colours for new codes, taken in turn, distinct from the built-in groups' first colours. */
    private static final String[] COLOURS = { "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
        "#c5b0d5", "#c49c94", "#f7b6d2" };
    private final Supplier<WorkbenchSession> session;
    private final CodebookQuestions ask;

    public CodebookActions(Supplier<WorkbenchSession> session, CodebookQuestions ask) {
        this.session = session;
        this.ask = ask;
    }

    private CaseLibrary library() {
        WorkbenchSession s = session.get();
        return s == null || !s.isLoaded() ? null : s.library().root();
    }

    /** Asks a name and adds a new code under {@code parent} (null: at the top); returns it, or null if none was added. */
    public Code newCode(Code parent) {
        CaseLibrary library = library();
        if (library == null || library.getCodebook() == null) {
            return null;
        }
        String where = parent == null ? Messages.CodebookActions_atTheTop : NLS.bind(Messages.CodebookActions_under, CodeNames.of(parent));
        String name = ask.name(Messages.CodebookActions_newCode, NLS.bind(Messages.CodebookActions_nameOfNew, where), "");
        if (name == null) {
            return null;
        }
        long userCodes = library.getCodebook().getCodes().stream().filter(c -> !BuiltInCodes.isBuiltIn(c)).count();
        Code code = CodebookChanges.create(name, parent, null, COLOURS[(int) (userCodes % COLOURS.length)]);
        try {
            return run(CodebookChanges.add(session.get().editingDomain(), library.getCodebook(), code)) ? code : null;
        } catch (CodingRefused e) {
            ask.refused(Messages.CodebookActions_newCode, e.getMessage());
            return null;
        }
    }

    /** Asks a new name for the code and renames it. */
    public boolean rename(Code code) {
        CaseLibrary library = library();
        if (library == null || code == null) {
            return false;
        }
        String name = ask.name(Messages.CodebookActions_renameCode, NLS.bind(Messages.CodebookActions_newName, CodeNames.of(code)),
                CodeNames.of(code));
        if (name == null || name.equals(code.getName())) {
            return false;
        }
        try {
            return run(CodebookChanges.rename(session.get().editingDomain(), library.getCodebook(), code, name));
        } catch (CodingRefused e) {
            ask.refused(Messages.CodebookActions_renameCode, e.getMessage());
            return false;
        }
    }

    /** Moves a code under another (null: to the top), as a drop in the tree does. */
    public boolean move(Code code, Code parent) {
        if (library() == null || code == null || code.getParent() == parent) {
            return false;
        }
        try {
            return run(CodebookChanges.move(session.get().editingDomain(), code, parent));
        } catch (CodingRefused e) {
            ask.refused(Messages.CodebookActions_moveCode, e.getMessage());
            return false;
        }
    }

    /** Asks which code survives and merges {@code from} into it: its passages, summaries, memos and codes move there. */
    public boolean merge(Code from) {
        CaseLibrary library = library();
        if (library == null || from == null) {
            return false;
        }
        Code other = library.getCodebook().getCodes().stream().filter(c -> c != from).findFirst().orElse(null);
        if (BuiltInCodes.isBuiltIn(from) && other != null) {
            // The codebook's own refusal, before asking for a code that could not be used anyway (nothing runs here).
            try {
                CodebookChanges.merge(session.get().editingDomain(), library, from, other);
            } catch (CodingRefused e) {
                ask.refused(Messages.CodebookActions_mergeCode, e.getMessage());
                return false;
            }
        }
        // Not into a code under it: its codes would move under one of themselves.
        List<Code> choices = library.getCodebook().getCodes().stream().filter(c -> c != from && c.isCodable() && !CodeNames.isUnder(c,
                from)).toList();
        Code into = ask.choose(Messages.CodebookActions_mergeCode,
                NLS.bind(Messages.CodebookActions_mergeInto, CodeNames.of(from)), choices);
        if (into == null) {
            return false;
        }
        try {
            return run(CodebookChanges.merge(session.get().editingDomain(), library, from, into));
        } catch (CodingRefused e) {
            ask.refused(Messages.CodebookActions_mergeCode, e.getMessage());
            return false;
        }
    }

    /** Deletes a code after asking, with what it will affect; undoable until the library is saved. */
    public boolean delete(Code code) {
        CaseLibrary library = library();
        if (library == null || code == null) {
            return false;
        }
        Command command;
        try {
            command = CodebookChanges.delete(session.get().editingDomain(), library, code);
        } catch (CodingRefused e) {
            ask.refused(Messages.CodebookActions_deleteCode, e.getMessage());
            return false;
        }
        if (!ask.confirm(Messages.CodebookActions_deleteCode, deleteQuestion(library, code))) {
            return false;
        }
        return run(command);
    }

    /** "Delete “trust”? It codes 12 passages in 5 cases; …": what the user agrees to. */
    static String deleteQuestion(CaseLibrary library, Code code) {
        Use use = CodebookChanges.use(library, code);
        long children = library.getCodebook().getCodes().stream().filter(c -> c.getParent() == code).count();
        StringBuilder q = new StringBuilder(NLS.bind(Messages.CodebookActions_deleteQuestion, CodeNames.of(code)));
        if (use.segments() == 0) {
            q.append(Messages.CodebookActions_codesNoPassage);
        } else {
            q.append(NLS.bind(Messages.CodebookActions_codesPassages,
                    ProblemReports.count(use.segments(), Messages.CodebookActions_passage, Messages.CodebookActions_passages),
                    ProblemReports.count(use.cases(), Messages.CodebookActions_case, Messages.CodebookActions_cases)));
        }
        if (children > 0) {
            String to = code.getParent() == null ? Messages.CodebookActions_theTop : "“" + CodeNames.of(code.getParent()) + "”";
            q.append(NLS.bind(Messages.CodebookActions_childrenMove,
                    ProblemReports.count(children, Messages.CodebookActions_codeMoves, Messages.CodebookActions_codesMove), to));
        }
        return q.append(Messages.CodebookActions_undoUntilSaved).toString();
    }

    /** Asks a colour for the code and sets it. */
    public boolean colour(Code code) {
        if (library() == null || code == null) {
            return false;
        }
        RGB rgb = ask.colour(Swatches.rgb(code.getColour()));
        if (rgb == null || Swatches.hex(rgb).equalsIgnoreCase(String.valueOf(code.getColour()))) {
            return false;
        }
        return run(SetCommand.create(session.get().editingDomain(), code, Literals.CODE__COLOUR, Swatches.hex(rgb)));
    }

    private boolean run(Command command) {
        return session.get().execute(command);
    }
}
