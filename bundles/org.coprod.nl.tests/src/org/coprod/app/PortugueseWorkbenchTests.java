package org.coprod.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.coprod.core.Labels;
import org.coprod.model.ActorType;
import org.coprod.model.Sector;
import org.coprod.ui.ValidationPreferencePage;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This test runtime starts with {@code -nl pt} (see the pom), as a user's workbench would: the JVM's locale, the
 * Messages classes, the plugin.xml labels and the model's values are then Portuguese, on real SWT widgets.
 */
class PortugueseWorkbenchTests {

    @TempDir
    Path dir;

    @Test
    void theRuntimeStartedInPortuguese() {
        assertEquals("pt", Locale.getDefault().getLanguage(), "-nl pt sets the JVM's locale");
        assertEquals("pt", Platform.getNL().substring(0, 2));
    }

    @Test
    void messagesAndTheModelsValuesArePortuguese() throws Exception {
        Properties english = TranslationFiles.read(Platform.getBundle("org.coprod.app").getEntry("org/coprod/app/messages.properties"));
        assertEquals("&File", english.getProperty("Menu_file"));
        assertEquals("&Arquivo", Messages.Menu_file);
        assertEquals("or\u00e7amento participativo", Labels.shown(Sector.BUDGETING));
        assertEquals("governo local", Labels.shown(ActorType.LOCAL_GOVERNMENT));
    }

    @Test
    void commandNamesFromPluginXmlArePortuguese() {
        assertEquals("Novo caso", attribute("org.eclipse.ui.commands", "org.coprod.app.newCase", "name"));
        assertEquals("Idioma", attribute("org.eclipse.ui.preferencePages", "org.coprod.app.language", "name"));
        assertEquals("Biblioteca", attribute("org.eclipse.ui.views", "org.coprod.ui.navigatorView", "name"));
        assertEquals("Matriz da tipologia", attribute("org.eclipse.ui.views", "org.coprod.ui.matrixView", "name"));
        assertEquals("Coprodu\u00e7\u00e3o", attribute("org.eclipse.ui.preferencePages", "org.coprod.ui.preferences", "name"));
        assertEquals("Busca", attribute("org.eclipse.ui.views", "org.coprod.search.ui.searchView", "name"));
    }

    @Test
    void theLanguagePageOnAShellSpeaksPortugueseAndWritesTheChoice() throws Exception {
        Path ini = dir.resolve("config.ini");
        Files.writeString(ini, "eclipse.product=org.coprod.app.product\n");
        Shell shell = new Shell(Display.getDefault());
        LanguagePage page = new LanguagePage(new WorkbenchLanguage(ini));
        try {
            page.init(null);
            page.createControl(shell);
            List<String> texts = new ArrayList<>();
            List<Button> buttons = new ArrayList<>();
            collect(page.getControl(), texts, buttons);
            assertTrue(texts.contains("Padr\u00e3o do sistema"), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("O novo idioma vale")), texts.toString());
            Button spanish = buttons.stream().filter(b -> b.getText().equals("Espa\u00f1ol")).findFirst().orElseThrow();
            buttons.forEach(b -> b.setSelection(b == spanish));
            assertTrue(page.performOk());
            assertEquals(List.of("eclipse.product=org.coprod.app.product", "osgi.nl=es"), Files.readAllLines(ini));
        } finally {
            page.dispose();
            shell.dispose();
        }
    }

    @Test
    void theValidationPageOfTheUiBundleSpeaksPortugueseOnAShell() {
        Shell shell = new Shell(Display.getDefault());
        ValidationPreferencePage page = new ValidationPreferencePage();
        try {
            page.setPreferenceStore(new PreferenceStore());
            page.createControl(shell);
            assertTrue(page.getDescription().startsWith("Com que gravidade"), page.getDescription());
            List<String> items = new ArrayList<>();
            combos(page.getControl(), items);
            assertTrue(items.contains("Erro") && items.contains("Ignorar"), items.toString());
            assertTrue(items.stream().anyMatch(i -> i.startsWith("Como a regra diz (")), items.toString());
        } finally {
            page.dispose();
            shell.dispose();
        }
    }

    private static void combos(Control c, List<String> items) {
        if (c instanceof Combo combo) {
            items.addAll(List.of(combo.getItems()));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                combos(child, items);
            }
        }
    }

    private static String attribute(String point, String id, String attribute) {
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
            if (id.equals(e.getAttribute("id"))) {
                return e.getAttribute(attribute);
            }
        }
        throw new AssertionError(id + " not found at " + point);
    }

    private static void collect(Control c, List<String> texts, List<Button> buttons) {
        if (c instanceof Label l) {
            texts.add(l.getText());
        }
        if (c instanceof Button b) {
            texts.add(b.getText());
            buttons.add(b);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, texts, buttons);
            }
        }
    }
}
