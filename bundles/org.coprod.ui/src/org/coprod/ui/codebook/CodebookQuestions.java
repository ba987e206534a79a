package org.coprod.ui.codebook;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.coprod.model.Code;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.FilteredList;

/**
 * What the codebook's actions ask the user: a name, a confirmation, a code to merge into, a colour; and how they say
 * that the codebook refused a change. Tests answer these themselves; the workbench asks in dialogs.
 */
public interface CodebookQuestions {

    /** A name typed by the user, or null when they cancelled. */
    String name(String title, String message, String initial);

    boolean confirm(String title, String message);

    /** One of the codes, or null when the user cancelled. */
    Code choose(String title, String message, List<Code> choices);

    /** A colour, or null when the user cancelled. */
    RGB colour(RGB initial);

    /** Tells the user why a change was not made. */
    void refused(String title, String message);

    /** The questions asked in dialogs over the shell given when asked. */
    static CodebookQuestions dialogs(Supplier<Shell> shell) {
        return new CodebookQuestions() {
            @Override
            public String name(String title, String message, String initial) {
                InputDialog d = new InputDialog(shell.get(), title, message, initial, v -> v.isBlank() ? "Enter a name" : null);
                return d.open() == Window.OK ? d.getValue().strip() : null;
            }

            @Override
            public boolean confirm(String title, String message) {
                return MessageDialog.openConfirm(shell.get(), title, message);
            }

            @Override
            public Code choose(String title, String message, List<Code> choices) {
                List<Code> ordered = CodeNames.ordered(choices);
                Map<String, Integer> rank = new HashMap<>();
                ordered.forEach(c -> rank.putIfAbsent(CodeNames.choice(c), rank.size()));
                ElementListSelectionDialog d = new ElementListSelectionDialog(shell.get(), new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return CodeNames.choice((Code) element);
                    }
                }) {
                    @Override
                    protected FilteredList createFilteredList(Composite parent) {
                        // The researcher's own codes first, as in the tree: sorted by name, "Benefits / … clientelism"
                        // came before "clientelism" and was taken by Enter.
                        FilteredList list = super.createFilteredList(parent);
                        list.setComparator(Comparator.comparingInt((Object label) -> rank.getOrDefault(label, Integer.MAX_VALUE)));
                        return list;
                    }
                };
                d.setTitle(title);
                d.setMessage(message);
                d.setElements(ordered.toArray());
                d.setMultipleSelection(false);
                return d.open() == Window.OK && d.getFirstResult() instanceof Code c ? c : null;
            }

            @Override
            public RGB colour(RGB initial) {
                ColorDialog d = new ColorDialog(shell.get());
                if (initial != null) {
                    d.setRGB(initial);
                }
                return d.open();
            }

            @Override
            public void refused(String title, String message) {
                MessageDialog.openInformation(shell.get(), title, message);
            }
        };
    }
}
