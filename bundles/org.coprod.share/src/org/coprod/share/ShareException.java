package org.coprod.share;

import java.io.IOException;

/** A sharing step that cannot be done, with a message for the user that says why and what to do. */
public class ShareException extends IOException {

    private static final long serialVersionUID = 1L;

    public ShareException(String message) {
        super(message);
    }

    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
