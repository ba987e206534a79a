package org.coprod.ui.documents;

import java.util.Date;
import java.util.Optional;

import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Codebook;
import org.coprod.model.Coder;
import org.coprod.model.Segment;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * The commands a coding pane runs, built apart from its widgets: code a passage (code-point offsets) with a code of the
 * codebook, or with a new code made for it in the same undoable step, and take a code off a passage.
 */
final class PassageCommands {

    private final EditingDomain domain;
    private final CaseLibrary library;

    PassageCommands(EditingDomain domain, CaseLibrary library) {
        this.domain = domain;
        this.library = library;
    }

    /** The command that codes {@code [start, end)} of a text of a case. */
    Command code(Case c, CodableText text, int start, int end, Code code, Coder coder) throws CodingRefused {
        return PassageCoding.code(domain, library, c, text, start, end, code, coder, new Date(), null).command();
    }

    /**
     * The command that adds a code named {@code name} to the codebook and codes the passage with it: one step to undo.
     * Refused, with nothing changed, when the name is taken or the passage cannot be coded.
     */
    Command codeWithNew(Case c, CodableText text, int start, int end, String name, Coder coder) throws CodingRefused {
        Codebook book = library.getCodebook();
        if (book == null) {
            throw new CodingRefused(NLS.bind(Messages.PassageCommands_noCodebook, name.strip()));
        }
        Code code = CodebookChanges.create(name, null, null, CodeColours.fresh(book.getCodes()));
        Command add = CodebookChanges.add(domain, book, code);
        // Passage coding accepts only codes of the codebook: the new code is in it for the moment the coding is
        // checked and built, unseen by the views, and the two commands then run as one.
        Command coding;
        boolean deliver = book.eDeliver();
        book.eSetDeliver(false);
        try {
            book.getCodes().add(code);
            coding = code(c, text, start, end, code, coder);
        } finally {
            book.getCodes().remove(code);
            book.eSetDeliver(deliver);
        }
        CompoundCommand both = new CompoundCommand(NLS.bind(Messages.PassageCommands_newCode, code.getName()));
        both.append(add);
        both.append(coding);
        return both;
    }

    /** The command that takes a code off a segment (removing the segment if it was its last code). */
    Command uncode(Segment segment, Code code) {
        return PassageCoding.uncode(domain, library, segment, code);
    }

    /** The codable code with this name, id or built-in key. */
    Optional<Code> find(String nameOrId) {
        return library.getCodebook() == null ? Optional.empty() : CodebookChanges.find(library.getCodebook(), nameOrId);
    }

    CaseLibrary library() {
        return library;
    }
}
