package org.coprod.core;

import java.io.IOException;

/** A library folder that cannot be opened or saved; the message names the file and, where known, the line. */
public class LibraryException extends IOException {

    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
