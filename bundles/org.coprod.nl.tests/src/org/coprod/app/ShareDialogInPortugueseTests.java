package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.coprod.share.Conflict;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * A Share dialog opened on real SWT in this -nl pt runtime speaks Portuguese: its title, explanation, columns and
 * buttons. The dialog is package-private in org.coprod.share.ui, and this fragment's host is org.coprod.app, so it is
 * built reflectively, as the Pull command builds it.
 */
class ShareDialogInPortugueseTests {

    @Test
    void theMergeDialogIsPortuguese() throws Exception {
        Class<?> type = Platform.getBundle("org.coprod.share.ui").loadClass("org.coprod.share.ui.MergeDialog");
        Constructor<?> make = type.getDeclaredConstructor(Shell.class, List.class, Function.class);
        make.setAccessible(true);
        Shell parent = new Shell(Display.getDefault());
        Conflict summary = new Conflict("alpha", "summary", null, "Resumo do Ben", "Resumo da Ana");
        Function<String, String> names = id -> "F\u00f3rum do or\u00e7amento";
        Window dialog = (Window) make.newInstance(parent, List.of(summary, summary), names);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            assertEquals("Mesclar: 2 conflitos", shell.getText());
            List<String> texts = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            collect(shell, texts, tables);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Voc\u00ea e o remoto alteraram estes campos")), texts.toString());
            assertTrue(texts.containsAll(List.of("Ficar com o meu", "Ficar com o do remoto", "Ficar com o ancestral comum", "Mesclar",
                    "Cancelar o recebimento")), texts.toString());
            Table table = tables.get(0);
            List<String> columns = new ArrayList<>();
            for (TableColumn c : table.getColumns()) {
                columns.add(c.getText());
            }
            assertEquals(List.of("Caso", "Campo", "Ancestral comum", "Meu", "Do remoto", "Ficar com"), columns);
            assertEquals("(vazio)", table.getItem(0).getText(2), "an empty ancestor, in Portuguese");
        } finally {
            dialog.close();
            parent.dispose();
        }
    }

    private static void collect(Control c, List<String> texts, List<Table> tables) {
        if (c instanceof Label l) {
            texts.add(l.getText());
        }
        if (c instanceof Button b) {
            texts.add(b.getText());
        }
        if (c instanceof Table t) {
            tables.add(t);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, texts, tables);
            }
        }
    }
}
