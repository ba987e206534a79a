package org.coprod.core.documents;

import java.io.IOException;

/** A file that cannot become a document of the library, or a document whose text cannot be read; the message names the file. */
public class DocumentException extends IOException {

    private static final long serialVersionUID = 1L;

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
