package org.coprod.ui.codebook;

import java.util.Optional;

import org.coprod.model.Code;
import org.coprod.model.Codebook;

/**
 * What a code dragged out of the Codebook view carries as text: {@code coprod-code:<code id>}. Plain text, so that any
 * drop target of the workbench (the document editor, the retrieval and matrix views) takes it without sharing a class.
 */
public final class CodeDrag {

    public static final String PREFIX = "coprod-code:";

    private CodeDrag() {
    }

    /** The text a dragged code carries. */
    public static String text(Code code) {
        return PREFIX + code.getId();
    }

    /** The code of the codebook a dropped text names, if it is a dragged code of this codebook. */
    public static Optional<Code> code(Codebook book, Object dropped) {
        if (book == null || !(dropped instanceof String text) || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = text.substring(PREFIX.length()).strip();
        return book.getCodes().stream().filter(c -> id.equals(c.getId())).findFirst();
    }
}
