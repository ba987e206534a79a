package org.coprod.export;

/** A brief that cannot be made or written as asked; the message tells the user what to change. */
public class BriefException extends Exception {

    private static final long serialVersionUID = 1L;

    public BriefException(String message) {
        super(message);
    }

    public BriefException(String message, Throwable cause) {
        super(message, cause);
    }
}
