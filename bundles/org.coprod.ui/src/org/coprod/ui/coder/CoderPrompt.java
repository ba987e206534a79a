package org.coprod.ui.coder;

import java.util.Optional;
import java.util.function.Function;

import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;
import org.coprod.ui.CurrentCoder;
import org.eclipse.swt.widgets.Shell;

/**
 * Makes sure a coding is made in someone's name: the workbench asks for the coder's name once, when it first starts,
 * and asks again at the next coding if the user cancelled. Until a name is given nothing is coded.
 */
public final class CoderPrompt {

    /** The prompt of the running workbench: the {@link CoderDialog}. */
    public static final CoderPrompt DIALOG = new CoderPrompt(CoderDialog::ask);

    /** Why a coding was not made, for the status line. */
    public static final String REFUSED = Messages.CoderPrompt_refused;

    private final Function<Shell, Optional<String>> ask;

    /** A prompt that asks through {@code ask}: the name given, or empty when the user cancelled. */
    public CoderPrompt(Function<Shell, Optional<String>> ask) {
        this.ask = ask;
    }

    /** At start-up: asks for the name if none was given yet; returns whether it asked. */
    public boolean atStart(Shell shell) {
        if (CurrentCoder.name().isPresent()) {
            return false;
        }
        ask.apply(shell).ifPresent(CurrentCoder::set);
        return true;
    }

    /** The coder to record in a library, asking for the name first if none was given; empty when the user cancelled. */
    public Optional<Coder> coderIn(Shell shell, CaseLibrary library) {
        if (CurrentCoder.name().isEmpty()) {
            ask.apply(shell).ifPresent(CurrentCoder::set);
        }
        return CurrentCoder.in(library);
    }
}
