package org.coprod.export.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.coprod.core.Library;
import org.coprod.export.BriefRequest;
import org.coprod.testing.SampleLibraries;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brief wizard's language, on a real SWT page: it starts at the workbench's language and the brief is written in the one chosen. */
class BriefWizardPageTests {

    @TempDir
    Path dir;
    private Shell shell;
    private Library library;

    @BeforeEach
    void open() throws Exception {
        library = SampleLibraries.copyTo(dir.resolve("lib"));
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite k) {
                found.addAll(all(k, type));
            }
        }
        return found;
    }

    @Test
    void theLanguageStartsAtTheWorkbenchsAndTheBriefIsWrittenInTheOneChosen() {
        BriefWizardPage page = new BriefWizardPage(library, List.of(library.root().getCases().get(0)));
        Wizard wizard = new Wizard() {
            @Override
            public void addPages() {
                addPage(page);
            }

            @Override
            public boolean performFinish() {
                return true;
            }
        };
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Composite area = (Composite) page.getControl();
            assertTrue(all(area, Label.class).stream().anyMatch(l -> l.getText().equals(Messages.Page_language)), "the label is there");
            Combo language = all(area, Combo.class).stream().filter(c -> Arrays.asList(c.getItems()).contains("portugu\u00eas"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("English", "portugu\u00eas", "espa\u00f1ol", "fran\u00e7ais"), Arrays.asList(language.getItems()));
            int workbench = BriefRequest.languages().indexOf(Locale.getDefault().getLanguage());
            assertEquals(Math.max(0, workbench), language.getSelectionIndex(), "the workbench's language, else English");
            assertEquals(Locale.of(BriefRequest.languages().get(Math.max(0, workbench))), page.choice().request().language());
            language.select(1);
            assertEquals(Locale.of("pt"), page.choice().request().language());
            language.select(3);
            assertEquals(Locale.of("fr"), page.choice().request().language());
        } finally {
            dialog.close();
        }
    }
}
