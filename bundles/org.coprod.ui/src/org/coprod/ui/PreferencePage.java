package org.coprod.ui;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Languages;
import org.coprod.core.evidence.Coders;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import java.util.List;

import org.coprod.model.Typology;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > Co-production: the name the user codes under, the author and language of new notes, and the
 * typology the matrix shows first.
 */
public class PreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PreferencePage() {
        super(GRID);
        setDescription("Who codes, defaults for new notes and for the typology matrix.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, CoprodPreferences.NODE);
        store.setDefault(CoprodPreferences.AUTHOR, System.getProperty("user.name", ""));
        store.setDefault(CoprodPreferences.LANGUAGE, "en");
        store.setDefault(CoprodPreferences.TYPOLOGY, BovairdTypology.ID);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        addField(new CoderField(getFieldEditorParent()));
        addField(new StringFieldEditor(CoprodPreferences.AUTHOR, "&Author of new notes:", getFieldEditorParent()));
        addField(new LanguageField(CoprodPreferences.LANGUAGE, "Default note &language (ISO code):", getFieldEditorParent()));
        // Eclipse builds preference pages with nothing handed to them: the typologies offered are the open library's.
        WorkbenchSession s = WorkbenchSession.active();
        List<Typology> typologies = s == null ? List.of() : s.typologies();
        String[][] choices = typologies.isEmpty() ? new String[][] { { "Bovaird (planner × deliverer)",
                BovairdTypology.ID } }
                : typologies.stream().map(t -> new String[] { t.getName() == null ? t.getId() : t.getName(), t.getId() })
                        .toArray(String[][]::new);
        addField(new ComboFieldEditor(CoprodPreferences.TYPOLOGY, "Default &typology:", choices, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // Through CurrentCoder, so that a first name also gets the coder's lasting id (a rename keeps it).
        CurrentCoder.name().ifPresent(CurrentCoder::set);
        return ok;
    }

    /** The coder's name, with the initials that mark their codings shown as it is typed. */
    public static final class CoderField extends StringFieldEditor {
        private Label initials;

        public CoderField(Composite parent) {
            super(CurrentCoder.NAME, "Your name as a &coder:", parent);
            getTextControl(parent).addModifyListener(e -> showInitials());
        }

        @Override
        public int getNumberOfControls() {
            return 3;
        }

        @Override
        protected void doFillIntoGrid(Composite parent, int numColumns) {
            super.doFillIntoGrid(parent, numColumns - 1);
            initials = new Label(parent, SWT.NONE);
            initials.setLayoutData(new GridData(90, SWT.DEFAULT));
        }

        @Override
        protected void adjustForNumColumns(int numColumns) {
            super.adjustForNumColumns(numColumns - 1);
        }

        @Override
        protected void doLoad() {
            super.doLoad();
            showInitials();
        }

        /** What the field shows as initials (for tests). */
        public String initials() {
            return initials.getText();
        }

        private void showInitials() {
            if (initials != null && !initials.isDisposed() && getTextControl() != null) {
                String name = getTextControl().getText();
                initials.setText(name.isBlank() ? "" : "Initials: " + Coders.initials(name));
            }
        }
    }

    /** A language code field that refuses anything but an ISO 639-1 code, saying why, so OK and Apply stay disabled. */
    public static final class LanguageField extends StringFieldEditor {
        public LanguageField(String name, String label, Composite parent) {
            super(name, label, parent);
            setEmptyStringAllowed(false);
            // Checked on every change (pasted text too), not only when a key is released.
            getTextControl(parent).addModifyListener(e -> valueChanged());
        }

        @Override
        protected boolean doCheckState() {
            String code = getStringValue().strip();
            if (!Languages.isCode(code)) {
                setErrorMessage(Languages.problem(code));
                return false;
            }
            return true;
        }
    }
}
