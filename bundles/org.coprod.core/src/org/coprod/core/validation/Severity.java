package org.coprod.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How much a validation problem matters; {@link #IGNORE} is for a user who does not want to hear of it at all. */
public enum Severity {

    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO), IGNORE(Diagnostic.OK);

    private final int diagnostic;

    Severity(int diagnostic) {
        this.diagnostic = diagnostic;
    }

    /** The severity as {@link Diagnostic#getSeverity()} gives it ({@link Diagnostic#OK} for {@link #IGNORE}). */
    public int diagnostic() {
        return diagnostic;
    }
}
