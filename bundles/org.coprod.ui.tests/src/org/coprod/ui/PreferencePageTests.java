package org.coprod.ui;

import org.eclipse.swt.widgets.Label;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window > Preferences > Co-production, built on a real shell: the note language must be an ISO 639-1 code, and the
 * coder's name shows the initials that will mark their codings.
 */
class PreferencePageTests {

    private Shell shell;
    private PreferencePage page;
    private Text language;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        page = new PreferencePage();
        PreferenceStore store = new PreferenceStore();
        store.setDefault(CoprodPreferences.LANGUAGE, "en");
        page.setPreferenceStore(store);
        page.createControl(shell);
        List<Text> texts = new ArrayList<>();
        collect(page.getControl(), texts);
        language = texts.get(2); // coder, author, then language
        assertNotNull(language);
    }

    @AfterEach
    void close() {
        page.dispose();
        shell.dispose();
    }

    @Test
    void aLanguageNameIsRefusedWithAMessage() {
        language.setText("english");
        assertFalse(page.isValid(), "OK stays disabled");
        assertTrue(page.getErrorMessage() != null && page.getErrorMessage().contains("ISO 639-1"), page.getErrorMessage());
        language.setText("EN");
        assertFalse(page.isValid(), "codes are stored in lower case");
    }

    @Test
    void anIsoCodeIsAccepted() {
        language.setText("pt");
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
    }

    @Test
    void theCoderFieldShowsTheInitialsOfTheNameAsItIsTyped() {
        List<Text> texts = new ArrayList<>();
        collect(page.getControl(), texts);
        texts.get(0).setText("Ana Maria Silva");
        assertTrue(labels(page.getControl()).contains("Initials: AMS"), labels(page.getControl()).toString());
    }

    private static List<String> labels(Control c) {
        List<String> out = new ArrayList<>();
        if (c instanceof Label l) {
            out.add(l.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                out.addAll(labels(child));
            }
        }
        return out;
    }

    private static void collect(Control c, List<Text> out) {
        if (c instanceof Text t) {
            out.add(t);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, out);
            }
        }
    }
}
