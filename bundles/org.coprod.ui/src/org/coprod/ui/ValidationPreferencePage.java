package org.coprod.ui;

import java.util.Arrays;
import java.util.Locale;

import org.coprod.core.validation.ProblemCode;
import org.coprod.core.validation.Severities;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > Co-production > Validation: how seriously each rule's problems are taken (error, warning, info,
 * ignored), or as the rule says. The editor's field marks and the Problems view follow the choice at the next check.
 */
public class ValidationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Stored as nothing at all: the rule keeps its own severity, milder special cases included. */
    public static final String AS_THE_RULE_SAYS = "";

    public ValidationPreferencePage() {
        super(GRID);
        setDescription(Messages.ValidationPreferencePage_howSeriouslyEachRule);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CoprodPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        for (ProblemCode code : ProblemCode.values()) {
            if (code.isAdvice()) {
                continue;
            }
            String rule = code.defaultSeverity().name().toLowerCase(Locale.ROOT);
            String[][] choices = { { NLS.bind(Messages.ValidationPreferencePage_asTheRuleSays, rule), AS_THE_RULE_SAYS },
                { Messages.ValidationPreferencePage_error, "ERROR" }, { Messages.ValidationPreferencePage_warning, "WARNING" },
                { Messages.ValidationPreferencePage_info, "INFO" }, { Messages.ValidationPreferencePage_ignore, "IGNORE" } };
            ComboFieldEditor editor = new ComboFieldEditor(Severities.preferenceKey(code), words(code), choices, getFieldEditorParent());
            editor.getLabelControl(getFieldEditorParent()).setToolTipText(code.explanation());
            addField(editor);
        }
    }

    /** "MISSING_COUNTRY" reads "Missing country". */
    static String words(ProblemCode code) {
        String w = String.join(" ", Arrays.stream(code.name().split("_")).map(s -> s.toLowerCase(Locale.ROOT)).toList());
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
