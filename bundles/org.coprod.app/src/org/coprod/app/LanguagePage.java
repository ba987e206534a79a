package org.coprod.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

/**
 * Window > Preferences > Co-production > Language: the language the workbench starts in next time. It is not a preference
 * of the workspace but of the installation's configuration (see {@link WorkbenchLanguage}), since it must be known before
 * the workbench reads its first label.
 */
public class LanguagePage extends PreferencePage implements IWorkbenchPreferencePage {

    private WorkbenchLanguage language;
    private String stored = "";
    private Button[] choices;

    public LanguagePage() {
        setDescription(Messages.LanguagePage_description);
        noDefaultAndApplyButton();
    }

    /** A page on the given config.ini (tests); the workbench uses the running configuration's. */
    LanguagePage(WorkbenchLanguage language) {
        this();
        this.language = language;
    }

    @Override
    public void init(IWorkbench workbench) {
        Location config = Platform.getConfigurationLocation();
        try {
            if (language == null && config != null && config.getURL() != null) {
                language = new WorkbenchLanguage(Path.of(config.getURL().toURI()).resolve("config.ini"));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            language = null;
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        try {
            stored = language == null ? "" : language.chosen();
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.LanguagePage_unreadable, e.getMessage()));
        }
        choices = new Button[WorkbenchLanguage.CHOICES.size()];
        for (int i = 0; i < choices.length; i++) {
            String code = WorkbenchLanguage.CHOICES.get(i);
            choices[i] = new Button(box, SWT.RADIO);
            choices[i].setText(WorkbenchLanguage.nameOf(code, Messages.LanguagePage_systemDefault));
            choices[i].setData(code);
            choices[i].setSelection(code.equals(stored));
        }
        Label note = new Label(box, SWT.WRAP);
        note.setText(language == null ? Messages.LanguagePage_noConfiguration : Messages.LanguagePage_note);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 360;
        wide.verticalIndent = 10;
        note.setLayoutData(wide);
        for (Button b : choices) {
            b.setEnabled(language != null);
        }
        return box;
    }

    /** The language picked on the page: one of {@link WorkbenchLanguage#CHOICES}. */
    String picked() {
        for (Button b : choices) {
            if (b.getSelection()) {
                return (String) b.getData();
            }
        }
        return stored;
    }

    @Override
    public boolean performOk() {
        String picked = picked();
        if (language == null || picked.equals(stored)) {
            return true;
        }
        try {
            language.choose(picked);
            stored = picked;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.LanguagePage_unwritable, e.getMessage()));
            return false;
        }
        if (PlatformUI.isWorkbenchRunning() && getShell() != null
                && MessageDialog.openQuestion(getShell(), Messages.LanguagePage_restartTitle, Messages.LanguagePage_restartQuestion)) {
            getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
        return true;
    }
}
