package org.coprod.refi;

import java.io.IOException;

/** A REFI-QDA file that cannot be written or read: the message names the file and the problem, in a user's words. */
public class RefiException extends IOException {

    private static final long serialVersionUID = 1L;

    public RefiException(String message) {
        super(message);
    }

    public RefiException(String message, Throwable cause) {
        super(message, cause);
    }
}
