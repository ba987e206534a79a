package org.coprod.share;

import java.io.IOException;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

/**
 * A sharing step that cannot be done, with a message for the user that says why and what to do. When what to do is
 * another step ({@link NextStep}), the message names it as the command line does, and {@link #shown} as the caller names it.
 */
public class ShareException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final transient Object[] arguments;

    public ShareException(String message) {
        this(message, (Throwable) null);
    }

    public ShareException(String message, Throwable cause) {
        super(message, cause);
        this.template = null;
        this.arguments = null;
    }

    private ShareException(String template, Object[] arguments) {
        super(bind(template, arguments, NextStep::command));
        this.template = template;
        this.arguments = arguments.clone();
    }

    /** A refusal from a Messages text whose arguments may be {@link NextStep}s. */
    static ShareException advising(String template, Object... arguments) {
        return new ShareException(template, arguments);
    }

    /** The message with each next step named by {@code naming} (the workbench's menu actions); the plain message otherwise. */
    public String shown(Function<NextStep, String> naming) {
        return template == null || arguments == null ? getMessage() : bind(template, arguments, naming);
    }

    private static String bind(String template, Object[] arguments, Function<NextStep, String> naming) {
        Object[] named = arguments.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof NextStep step) {
                named[i] = naming.apply(step);
            }
        }
        return NLS.bind(template, named);
    }
}
