package org.coprod.ui.documents;

import java.util.Optional;

import org.coprod.model.Code;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

/**
 * How a code travels in a drag and drop (from the Codebook view onto a passage): plain text {@code coprod-code:<code id>}
 * through {@link TextTransfer}, so any view can offer it and nothing else mistakes it for a passage to paste.
 */
public final class CodeDrag {

    public static final String PREFIX = "coprod-code:";

    private CodeDrag() {
    }

    /** The transfer a drag source offers the code through. */
    public static Transfer transfer() {
        return TextTransfer.getInstance();
    }

    /** The text a drag of this code carries. */
    public static String of(Code code) {
        return PREFIX + code.getId();
    }

    /** The id of the code a dropped text carries, if it is a code's. */
    public static Optional<String> codeId(Object dropped) {
        return dropped instanceof String s && s.startsWith(PREFIX) && s.length() > PREFIX.length()
                ? Optional.of(s.substring(PREFIX.length()).strip()) : Optional.empty();
    }
}
