package org.coprod.cli;

/** Bad usage or unreadable input: the message says what is wrong and the exit code is 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
