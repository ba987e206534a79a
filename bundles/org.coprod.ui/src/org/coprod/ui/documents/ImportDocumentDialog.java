package org.coprod.ui.documents;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.coprod.core.Languages;
import org.coprod.core.documents.TextExtraction;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Source;
import org.coprod.ui.CoprodPreferences;
import org.coprod.ui.editor.Names;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import Document: the file (plain text, Markdown, HTML, Word or PDF), its title and language, the source it
 * is, and the cases that draw on it (the current case ticked). Nothing changes until the import's job has extracted
 * the text; then the document joins the library and the cases as one undoable edit.
 */
public final class ImportDocumentDialog extends TitleAreaDialog {

    /** What the user asked to import. */
    public record Request(Path file, String title, String language, Source source, List<Case> cases) {
    }

    private final CaseLibrary library;
    private final List<Case> cases;
    private final List<Case> preselected;
    private Text file;
    private Text title;
    private Text language;
    private Combo source;
    private Table caseTable;
    private boolean titleTyped;
    private Request request;

    public ImportDocumentDialog(Shell shell, CaseLibrary library, List<Case> preselected) {
        super(shell);
        this.library = library;
        this.cases = new ArrayList<>(library.getCases());
        this.cases.sort(Comparator.comparing(c -> Names.of(c).toLowerCase(Locale.ROOT)));
        this.preselected = preselected;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.ImportDocumentDialog_importADocument);
        getShell().setText(Messages.ImportDocumentDialog_importDocument);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText(Messages.ImportDocumentDialog_file);
        file = new Text(body, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ImportDocumentDialog_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(body, SWT.NONE).setText(Messages.ImportDocumentDialog_title);
        title = new Text(body, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(body, SWT.NONE).setText(Messages.ImportDocumentDialog_language);
        language = new Text(body, SWT.BORDER);
        GridData lang = new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1);
        lang.widthHint = 60;
        language.setLayoutData(lang);
        language.setText(CoprodPreferences.language());
        new Label(body, SWT.NONE).setText(Messages.ImportDocumentDialog_source);
        source = new Combo(body, SWT.READ_ONLY);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        source.add("(none)");
        library.getSources().forEach(s -> source.add(sourceLabel(s)));
        source.select(0);
        Label casesLabel = new Label(body, SWT.NONE);
        casesLabel.setText(Messages.ImportDocumentDialog_cases);
        casesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        caseTable = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        gd.heightHint = 180;
        gd.widthHint = 520;
        caseTable.setLayoutData(gd);
        for (Case c : cases) {
            TableItem item = new TableItem(caseTable, SWT.NONE);
            item.setText(Names.of(c));
            item.setData(c);
            item.setChecked(preselected.contains(c));
        }
        preselected.stream().findFirst().map(cases::indexOf).filter(i -> i >= 0).ifPresent(i -> caseTable.setTopIndex(i));
        file.addListener(SWT.Modify, e -> {
            if (!titleTyped) {
                title.setText(defaultTitle(file.getText()));
                titleTyped = false;
            }
            validate();
        });
        title.addListener(SWT.KeyDown, e -> titleTyped = true);
        language.addListener(SWT.Modify, e -> validate());
        caseTable.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private void browse() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setText(Messages.ImportDocumentDialog_importDocument);
        d.setFilterExtensions(new String[] { "*.txt;*.md;*.html;*.htm;*.docx;*.pdf", "*.*" });
        d.setFilterNames(new String[] { Messages.ImportDocumentDialog_documentsTxtMdHtml, Messages.ImportDocumentDialog_allFiles });
        String chosen = d.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ImportDocumentDialog_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** Says what is wrong, naming the field, and allows Import only when nothing is. */
    void validate() {
        String problem = problem();
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(Messages.ImportDocumentDialog_background);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    String problem() {
        String f = file.getText().strip();
        if (f.isEmpty()) {
            return Messages.ImportDocumentDialog_chooseFile;
        }
        Path p;
        try {
            p = Path.of(f);
        } catch (InvalidPathException e) {
            return NLS.bind(Messages.ImportDocumentDialog_notAFileName, f, e.getReason());
        }
        if (!Files.isRegularFile(p)) {
            return NLS.bind(Messages.ImportDocumentDialog_noSuchFile, p);
        }
        String ext = TextExtraction.extension(p);
        if (!TextExtraction.EXTENSIONS.contains(ext)) {
            return NLS.bind(Messages.ImportDocumentDialog_cannotImport,
                    ext.isEmpty() ? Messages.ImportDocumentDialog_aFileWithoutAn : NLS.bind(Messages.ImportDocumentDialog_aFile, ext));
        }
        String lang = language.getText().strip();
        if (!lang.isEmpty() && !Languages.isCode(lang)) {
            return NLS.bind(Messages.ImportDocumentDialog_languageProblem, Languages.problem(lang));
        }
        if (checkedCases().isEmpty()) {
            return Messages.ImportDocumentDialog_tickCases;
        }
        return null;
    }

    private List<Case> checkedCases() {
        List<Case> out = new ArrayList<>();
        for (TableItem item : caseTable.getItems()) {
            if (item.getChecked()) {
                out.add((Case) item.getData());
            }
        }
        return out;
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        int s = source.getSelectionIndex();
        request = new Request(Path.of(file.getText().strip()), title.getText().strip(), language.getText().strip(),
                s <= 0 ? null : library.getSources().get(s - 1), checkedCases());
        super.okPressed();
    }

    /** What to import, once the dialog was closed with Import. */
    public Request request() {
        return request;
    }

    static String defaultTitle(String path) {
        String name;
        try {
            Path p = path.isBlank() ? null : Path.of(path.strip()).getFileName();
            name = p == null ? "" : p.toString();
        } catch (InvalidPathException e) {
            name = "";
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String sourceLabel(Source s) {
        String t = s.getShortTitle() != null && !s.getShortTitle().isBlank() ? s.getShortTitle() : s.getCitation();
        return t == null || t.isBlank() ? s.getId() : t;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
