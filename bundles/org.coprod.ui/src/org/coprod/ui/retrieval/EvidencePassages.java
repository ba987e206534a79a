package org.coprod.ui.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.coprod.core.Labels;

import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CodedRecord;
import org.coprod.model.DriverCoding;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.editor.Names;
import org.coprod.ui.problems.ProblemReports;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The evidence of a case's typology codings and drivers: under each conclusion, the passages that support it (the
 * quote and the text it is in). Double-click a passage to open its text there.
 */
public final class EvidencePassages {

    private final Case theCase;
    private final TreeViewer viewer;

    public EvidencePassages(Composite parent, FormToolkit toolkit, WorkbenchSession session, Case c) {
        theCase = c;
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.EvidencePassages_evidence);
        section.setDescription(Messages.EvidencePassages_theCodedPassagesBehind);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tree tree = toolkit.createTree(section, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 120;
        tree.setLayoutData(gd);
        section.setClient(tree);
        viewer = new TreeViewer(tree);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return records().toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return element instanceof CodedRecord r ? r.getSegments().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof CodedRecord r && !r.getSegments().isEmpty();
            }
        });
        column(Messages.EvidencePassages_conclusionPassage, 420,
                o -> o instanceof CodedRecord r ? conclusion(r) : PassageContext.alone((Segment) o).quote());
        column(Messages.EvidencePassages_text, 180, o -> o instanceof CodedRecord r ? ProblemReports.count(r.getSegments().size(),
                "passage", "passages")
                : ((Segment) o).getText() == null ? "" : Texts.title(((Segment) o).getText()));
        column(Messages.EvidencePassages_coder, 120,
                o -> o instanceof Segment s && s.getCoder() != null ? String.valueOf(s.getCoder().getName()) : "");
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Segment s) {
                Passages.open(session, s);
            } else if (first != null) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        viewer.setInput(c);
        viewer.expandAll();
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Segment s ? PassageContext.of(s).line() : null;
            }
        });
    }

    /** The conclusions the Coding page lists: typology codings, then drivers. */
    List<CodedRecord> records() {
        List<CodedRecord> out = new ArrayList<>(theCase.getCodings());
        out.addAll(theCase.getDrivers());
        return out;
    }

    /** "P2-D2 (phase: 1990s, component: trunk sewers)" or "Driver: trust". */
    static String conclusion(CodedRecord r) {
        if (r instanceof TypologyCoding k) {
            List<String> where = new ArrayList<>();
            if (k.getPhase() != null) {
                where.add(NLS.bind(Messages.EvidencePassages_phase, Names.of(k.getPhase())));
            }
            if (k.getComponent() != null && !k.getComponent().isBlank()) {
                where.add(k.getComponent());
            }
            String cell = k.getCell() == null ? Messages.EvidencePassages_noCell : k.getCell().getCode()
                    + (k.getCell().getName() == null ? "" : " " + Labels.name(k.getCell(), Locale.getDefault()));
            return NLS.bind(Messages.EvidencePassages_cell, cell) + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
        }
        if (r instanceof DriverCoding d) {
            return NLS.bind(Messages.EvidencePassages_driver,
                    d.getDriver() == null ? Messages.EvidencePassages_none : Names.of(d.getDriver()));
        }
        return r.eClass().getName();
    }

    /** Shows the case's conclusions and passages again (after any command), every conclusion open: they are few. */
    public void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
            viewer.expandAll();
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }
}
