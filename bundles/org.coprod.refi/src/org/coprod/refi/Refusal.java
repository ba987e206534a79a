package org.coprod.refi;

/**
 * A file refused as hostile or beyond the limits (a zip entry climbing out of the project, a zip bomb, a DOCTYPE):
 * unlike a damaged part, which an import reports and leaves out, a refusal stops the whole import.
 */
final class Refusal extends RefiException {

    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message);
    }

    Refusal(String message, Throwable cause) {
        super(message, cause);
    }
}
