package org.coprod.export.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.coprod.core.Library;
import org.coprod.export.BriefFormat;
import org.coprod.export.BriefDetail;
import org.coprod.export.BriefRequest;
import org.coprod.model.Case;
import org.coprod.ui.CaseChecklist;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the brief wizard: cases, kind, format, reference document, front matter and destination. */
final class BriefWizardPage extends WizardPage {

    /** What the user chose, read from the widgets when the wizard finishes. */
    record Choice(List<Case> cases, boolean comparative, BriefFormat format, Path reference, Path destination, Path libraryFolder,
            String title, String question, String author, List<String> keyMessages, boolean full, Locale language) {

        BriefRequest request() {
            return new BriefRequest(cases, title, question, author, null, null, null, keyMessages,
                    full ? BriefDetail.FULL : BriefDetail.SHORT, language);
        }
    }

    private final Library library;
    private final List<Case> checkedFirst;
    private final List<Case> order = new ArrayList<>();
    private CheckboxTableViewer caseList;
    private Button comparative;
    private Button single;
    private Combo format;
    private Combo language;
    private Text reference;
    private Button referenceBrowse;
    private Text title;
    private Text question;
    private Text author;
    private Text messages;
    private Text destination;
    private Button full;

    BriefWizardPage(Library library, List<Case> selected) {
        super("brief");
        this.library = library;
        this.checkedFirst = selected;
        setTitle(Messages.Page_title);
        setDescription(Messages.Page_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        setControl(area);
        if (library == null) {
            new Label(area, SWT.WRAP).setText(Messages.Page_noLibrary);
            setErrorMessage(Messages.Page_openLibraryFirst);
            setPageComplete(false);
            return;
        }
        label(area, Messages.Page_cases).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite cases = new Composite(area, SWT.NONE);
        cases.setLayout(new GridLayout(1, false));
        cases.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Text filter = new Text(cases, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Page_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        caseList = CaseChecklist.create(cases, 480, 160);
        List<Case> all = new ArrayList<>(checkedFirst);
        library.root().getCases().stream().filter(c -> !all.contains(c)).forEach(all::add);
        caseList.setInput(all);
        caseList.setCheckedElements(checkedFirst.toArray());
        order.addAll(checkedFirst);
        caseList.addCheckStateListener(e -> {
            Case c = (Case) e.getElement();
            order.remove(c);
            if (e.getChecked()) {
                order.add(c);
            }
            kindFromCount();
            validate();
        });
        filter.addModifyListener(e -> caseList.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String f = filter.getText().toLowerCase();
                Case c = (Case) element;
                return f.isBlank() || c.getName().toLowerCase().contains(f) || c.getId().contains(f) || order.contains(c);
            }
        }));

        label(area, Messages.Page_kind);
        Composite kinds = new Composite(area, SWT.NONE);
        kinds.setLayout(new GridLayout(2, false));
        kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        comparative = new Button(kinds, SWT.RADIO);
        comparative.setText(Messages.Page_comparative);
        single = new Button(kinds, SWT.RADIO);
        single.setText(Messages.Page_single);
        comparative.addListener(SWT.Selection, e -> validate());
        single.addListener(SWT.Selection, e -> validate());
        kindFromCount();

        label(area, Messages.Page_format);
        format = new Combo(area, SWT.READ_ONLY);
        format.setItems(Arrays.stream(BriefFormat.values()).map(BriefFormat::label).toArray(String[]::new));
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        format.addListener(SWT.Selection, e -> {
            reference.setEnabled(selectedFormat() == BriefFormat.DOCX);
            referenceBrowse.setEnabled(selectedFormat() == BriefFormat.DOCX);
            String d = destination.getText();
            if (!d.isBlank()) {
                destination.setText(d.replaceFirst("\\.(docx|md)$", "") + "." + selectedFormat().extension());
            }
            validate();
        });

        label(area, Messages.Page_language);
        language = new Combo(area, SWT.READ_ONLY);
        // each language by its own name ("português"), so a reader finds theirs whatever the workbench speaks
        language.setItems(BriefRequest.languages().stream().map(l -> Locale.of(l).getDisplayLanguage(Locale.of(l))).toArray(String[]::new));
        language.select(Math.max(0, BriefRequest.languages().indexOf(Locale.getDefault().getLanguage())));
        language.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        label(area, Messages.Page_reference);
        reference = new Text(area, SWT.BORDER);
        reference.setMessage(Messages.Page_referenceHint);
        reference.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        referenceBrowse = browse(area, reference, SWT.OPEN, "*.docx");

        Group front = new Group(area, SWT.NONE);
        front.setText(Messages.Page_front);
        front.setLayout(new GridLayout(2, false));
        front.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1));
        title = field(front, Messages.Page_titleField, Messages.Page_titleHint);
        question = field(front, Messages.Page_question, Messages.Page_questionHint);
        author = field(front, Messages.Page_author, Messages.Page_authorHint);
        label(front, Messages.Page_keyMessages).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        messages = new Text(front, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        messages.setMessage(Messages.Page_keyMessagesHint);
        GridData messagesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        messagesData.heightHint = 50;
        messages.setLayoutData(messagesData);
        full = new Button(front, SWT.CHECK);
        full.setText(Messages.BriefWizardPage_fullLength);
        full.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

        label(area, Messages.Page_destination);
        destination = new Text(area, SWT.BORDER);
        destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(area, destination, SWT.SAVE, null);
        restore();
        for (Text t : List.of(reference, destination)) {
            t.addModifyListener(e -> validate());
        }
        validate();
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    private static Text field(Composite parent, String label, String hint) {
        label(parent, label);
        Text t = new Text(parent, SWT.BORDER);
        t.setMessage(hint);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private Button browse(Composite parent, Text target, int style, String filter) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(Messages.Page_browse);
        b.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), style);
            dialog.setFilterExtensions(new String[] { filter != null ? filter : "*." + selectedFormat().extension() });
            if (style == SWT.SAVE) {
                dialog.setOverwrite(false); // the wizard asks before replacing, when it finishes
                dialog.setFileName("brief." + selectedFormat().extension());
            }
            String path = dialog.open();
            if (path != null) {
                target.setText(path);
            }
        });
        return b;
    }

    private void kindFromCount() {
        int n = order.size();
        comparative.setSelection(n != 1);
        single.setSelection(n == 1);
    }

    BriefFormat selectedFormat() {
        return BriefFormat.values()[Math.max(0, format.getSelectionIndex())];
    }

    private void validate() {
        String error = null;
        int n = order.size();
        if (n == 0) {
            error = Messages.Page_chooseCases;
        } else if (single.getSelection() && n != 1) {
            error = NLS.bind(Messages.Page_singleNeedsOne, n);
        } else if (comparative.getSelection() && n < 2) {
            error = NLS.bind(Messages.Page_comparativeNeedsTwo, BriefRequest.MAX_COMPARED);
        } else if (n > BriefRequest.MAX_COMPARED) {
            error = NLS.bind(Messages.Page_tooMany, n, BriefRequest.MAX_COMPARED);
        } else if (destination.getText().isBlank()) {
            error = Messages.Page_chooseDestination;
        } else if (!reference.getText().isBlank() && selectedFormat() == BriefFormat.DOCX
                && !Path.of(reference.getText()).toFile().isFile()) {
            error = NLS.bind(Messages.Page_noReference, reference.getText());
        } else if (Path.of(destination.getText()).toAbsolutePath().normalize().startsWith(library.folder())) {
            error = NLS.bind(Messages.Page_outsideLibrary, library.folder());
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    Choice choice() {
        List<String> keyMessages = Arrays.stream(messages.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path ref = reference.getText().isBlank() || selectedFormat() != BriefFormat.DOCX ? null : Path.of(reference.getText());
        return new Choice(List.copyOf(order), comparative.getSelection(), selectedFormat(), ref, Path.of(destination.getText()),
                library.folder(), blankToNull(title.getText()), blankToNull(question.getText()), blankToNull(author.getText()),
                keyMessages, full.getSelection(), selectedLanguage());
    }

    /** The language the brief is written in: the workbench's own unless the user chose another. */
    Locale selectedLanguage() {
        return Locale.of(BriefRequest.languages().get(Math.max(0, language.getSelectionIndex())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Author, format, reference and folder are remembered between exports. */
    void remember() {
        IDialogSettings s = section();
        if (s == null) {
            return;
        }
        s.put("author", author.getText());
        s.put("format", format.getSelectionIndex());
        s.put("reference", reference.getText());
        Path parent = Path.of(destination.getText()).toAbsolutePath().getParent();
        s.put("folder", parent == null ? "" : parent.toString());
    }

    private void restore() {
        IDialogSettings s = section();
        if (s == null) {
            return;
        }
        if (s.get("author") != null) {
            author.setText(s.get("author"));
        }
        if (s.get("format") != null) {
            format.select(s.getInt("format"));
        }
        if (s.get("reference") != null) {
            reference.setText(s.get("reference"));
        }
        reference.setEnabled(selectedFormat() == BriefFormat.DOCX);
        referenceBrowse.setEnabled(selectedFormat() == BriefFormat.DOCX);
        String folder = s.get("folder");
        if (folder != null && !folder.isBlank()) {
            destination.setText(Path.of(folder, "brief." + selectedFormat().extension()).toString());
        }
    }

    private IDialogSettings section() {
        IDialogSettings root = getWizard().getDialogSettings();
        if (root == null) {
            return null;
        }
        IDialogSettings s = root.getSection("brief");
        return s != null ? s : root.addNewSection("brief");
    }
}
