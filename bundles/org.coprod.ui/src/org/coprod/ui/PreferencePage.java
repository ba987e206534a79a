package org.coprod.ui;

import java.util.List;

import org.coprod.model.Typology;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Co-production: the author and language of new notes, and the typology the matrix shows first. */
public class PreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PreferencePage() {
        super(GRID);
        setDescription("Defaults for new notes and for the typology matrix.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, CoprodPreferences.NODE);
        store.setDefault(CoprodPreferences.AUTHOR, System.getProperty("user.name", ""));
        store.setDefault(CoprodPreferences.LANGUAGE, "en");
        store.setDefault(CoprodPreferences.TYPOLOGY, org.coprod.core.BovairdTypology.ID);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(CoprodPreferences.AUTHOR, "&Author of new notes:", getFieldEditorParent()));
        addField(new LanguageField(CoprodPreferences.LANGUAGE, "Default note &language (ISO code):", getFieldEditorParent()));
        // Eclipse builds preference pages with nothing handed to them: the typologies offered are the open library's.
        WorkbenchSession s = WorkbenchSession.active();
        List<Typology> typologies = s == null ? List.of() : s.typologies();
        String[][] choices = typologies.isEmpty() ? new String[][] { { "Bovaird (planner × deliverer)",
                org.coprod.core.BovairdTypology.ID } }
                : typologies.stream().map(t -> new String[] { t.getName() == null ? t.getId() : t.getName(), t.getId() })
                        .toArray(String[][]::new);
        addField(new ComboFieldEditor(CoprodPreferences.TYPOLOGY, "Default &typology:", choices, getFieldEditorParent()));
    }

    /** A language code field that refuses anything but an ISO 639-1 code, saying why, so OK and Apply stay disabled. */
    public static final class LanguageField extends StringFieldEditor {
        public LanguageField(String name, String label, org.eclipse.swt.widgets.Composite parent) {
            super(name, label, parent);
            setEmptyStringAllowed(false);
            // Checked on every change (pasted text too), not only when a key is released.
            getTextControl(parent).addModifyListener(e -> valueChanged());
        }

        @Override
        protected boolean doCheckState() {
            String code = getStringValue().strip();
            if (!org.coprod.core.Languages.isCode(code)) {
                setErrorMessage(org.coprod.core.Languages.problem(code));
                return false;
            }
            return true;
        }
    }
}
