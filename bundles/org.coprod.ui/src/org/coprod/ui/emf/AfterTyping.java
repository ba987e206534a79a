package org.coprod.ui.emf;

import org.eclipse.swt.widgets.Display;

/**
 * Work that runs once typing pauses: each {@link #restart} postpones the same run, so a burst of keys runs it once.
 * (One Runnable on purpose: SWT reschedules a timer only for the very same Runnable; a new one per key never debounces.)
 */
public final class AfterTyping {

    private final Display display;
    private final int delayMs;
    private final Runnable run;

    public AfterTyping(Display display, int delayMs, Runnable work) {
        this.display = display;
        this.delayMs = delayMs;
        this.run = work;
    }

    /** Runs the work {@code delayMs} after the last call (UI thread). */
    public void restart() {
        if (!display.isDisposed()) {
            display.timerExec(delayMs, run);
        }
    }
}
