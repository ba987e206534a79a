package org.coprod.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** Work after typing (the navigator's filter, the notes preview): a burst of keys on a real text field runs it once. */
class AfterTypingTests {

    @Test
    void aBurstOfKeystrokesRunsTheWorkOnceAfterThePause() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            Text filter = new Text(shell, SWT.SINGLE);
            int[] runs = { 0 };
            AfterTyping later = new AfterTyping(display, 200, () -> runs[0]++);
            filter.addListener(SWT.Modify, e -> later.restart());
            for (char ch : "orangi".toCharArray()) {
                filter.insert(String.valueOf(ch));
                pump(display, 30); // keys 30 ms apart, well inside the pause
            }
            assertEquals(0, runs[0], "nothing runs while the user types");
            pump(display, 600);
            assertEquals(1, runs[0], "six keys, one run");
        } finally {
            shell.dispose();
        }
    }

    private static void pump(Display display, long ms) throws InterruptedException {
        long until = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }
}
