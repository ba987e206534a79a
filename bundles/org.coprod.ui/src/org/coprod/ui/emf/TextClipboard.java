package org.coprod.ui.emf;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Cut, Copy, Paste and Select All (and their keys) for a part whose fields are plain text widgets: each acts
 * on the text field that has the focus. (The IDE's TextActionHandler does this, but the product ships without the IDE.)
 */
public final class TextClipboard {

    private TextClipboard() {
    }

    public static void install(IActionBars bars, Display display) {
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), action(display, Text::cut));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), action(display, Text::copy));
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), action(display, Text::paste));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), action(display, Text::selectAll));
        bars.updateActionBars();
    }

    private static Action action(Display display, Consumer<Text> what) {
        return new Action() {
            @Override
            public void run() {
                Control focus = display.getFocusControl();
                if (focus instanceof Text text && !text.isDisposed()) {
                    what.accept(text);
                }
            }
        };
    }
}
