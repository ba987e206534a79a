package org.coprod.ui.codebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.coprod.core.evidence.CodebookChanges.Use;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.ui.WorkbenchSession;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * The codebook as a tree: codes under their parents, each with its colour, name, and how many passages and cases it
 * codes (a group: those of its codes). Dragging a code moves it under the code it is dropped on, or to the top when
 * dropped beside the top codes; the drag also carries {@link CodeDrag} text, to code a passage by dropping it there.
 */
public final class CodebookTree {

    private final TreeViewer viewer;
    private final Swatches swatches;
    private final CodebookActions actions;
    private WorkbenchSession session;
    private CodeUses uses;
    private Map<Code, List<Code>> children = new IdentityHashMap<>();
    private List<Code> top = List.of();

    public CodebookTree(Composite parent, CodebookActions actions) {
        this.actions = actions;
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout columns = new TreeColumnLayout();
        holder.setLayout(columns);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        viewer.setUseHashlookup(true);
        swatches = new Swatches(viewer.getControl());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return top.toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return children.getOrDefault(element, List.of()).toArray();
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Code c ? c.getParent() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return children.containsKey(element);
            }
        });
        TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(Messages.CodebookTree_code);
        // The name takes what the counts leave: the view is often narrow, beside the Library.
        columns.setColumnData(name.getColumn(), new ColumnWeightData(1, 100));
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return CodeNames.of((Code) element);
            }

            @Override
            public Image getImage(Object element) {
                // A group of codes has no colour of its own; an empty square would look like a check box.
                Code c = (Code) element;
                return !c.isCodable() && children.containsKey(c) && c.getColour() == null ? null : swatches.of(c.getColour());
            }

            @Override
            public Font getFont(Object element) {
                return children.containsKey(element) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }

            @Override
            public Color getForeground(Object element) {
                // A code that takes no passages and groups none (a typology's not-applicable cell) is greyed.
                return !((Code) element).isCodable() && !children.containsKey(element) ? viewer.getControl().getDisplay().getSystemColor(
                        SWT.COLOR_WIDGET_DISABLED_FOREGROUND) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                String definition = ((Code) element).getDefinition();
                return definition == null || definition.isBlank() ? Messages.CodebookTree_noDefinitionYet : definition;
            }
        });
        columns.setColumnData(column(Messages.CodebookTree_passages, SWT.RIGHT, c -> String.valueOf(use(c).segments())).getColumn(),
                new ColumnPixelData(72));
        columns.setColumnData(column(Messages.CodebookTree_cases, SWT.RIGHT, c -> String.valueOf(use(c).cases())).getColumn(),
                new ColumnPixelData(48));
        ColumnViewerToolTipSupport.enableFor(viewer);
        dragAndDrop();
        viewer.setInput(this);
    }

    private TreeViewerColumn column(String title, int style, Function<Code, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, style);
        c.getColumn().setText(title);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Code) element);
            }
        });
        return c;
    }

    /** What the tree counts for a code: its own passages, or for a group those of the codes under it. */
    public Use use(Code code) {
        if (uses == null) {
            return new Use(0, 0);
        }
        return code.isCodable() ? uses.of(code) : uses.within(code);
    }

    private void dragAndDrop() {
        Transfer[] both = { LocalSelectionTransfer.getTransfer(), TextTransfer.getInstance() };
        viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK, both, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected() != null;
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                Code code = selected();
                if (code != null && TextTransfer.getInstance().isSupportedType(event.dataType)) {
                    event.data = CodeDrag.text(code);
                } else if (LocalSelectionTransfer.getTransfer().isSupportedType(event.dataType)) {
                    event.data = viewer.getStructuredSelection();
                }
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        ViewerDropAdapter drop = new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Code moving = dragged();
                return LocalSelectionTransfer.getTransfer().isSupportedType(type) && moving != null && target != moving;
            }

            @Override
            public boolean performDrop(Object data) {
                Code moving = dragged();
                Object target = getCurrentTarget();
                Code parent = target instanceof Code on ? getCurrentLocation() == LOCATION_ON ? on : on.getParent() : null;
                return moving != null && actions.move(moving, parent);
            }
        };
        drop.setFeedbackEnabled(true);
        viewer.addDropSupport(DND.DROP_MOVE, new Transfer[] { LocalSelectionTransfer.getTransfer() }, drop);
    }

    /** The code being dragged inside this tree, if it is one. */
    private Code dragged() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s && s.size() == 1
                && s.getFirstElement() instanceof Code c && children != null && isShown(c)) {
            return c;
        }
        return null;
    }

    private boolean isShown(Code c) {
        WorkbenchSession s = session;
        return s != null && s.isLoaded() && s.library().root().getCodebook() != null && s.library().root().getCodebook().getCodes()
                .contains(c);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The selected code, or null. */
    public Code selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Code c ? c : null;
    }

    public void select(Code code) {
        viewer.setSelection(code == null ? StructuredSelection.EMPTY : new StructuredSelection(code), true);
    }

    /** Shows the codebook of a library (null: none). */
    public void show(WorkbenchSession s) {
        session = s;
        refresh();
    }

    /** Reads the codebook and its counts again, keeping the open groups open and the selection. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        CaseLibrary library = session != null && session.isLoaded() ? session.library().root() : null;
        List<Code> codes = library == null || library.getCodebook() == null ? List.of() : library.getCodebook().getCodes();
        Set<Code> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(codes);
        Map<Code, List<Code>> under = new IdentityHashMap<>();
        List<Code> roots = new ArrayList<>();
        for (Code c : codes) {
            // A parent outside the codebook (an unresolved reference) must not hide its code: it shows at the top.
            if (c.getParent() != null && present.contains(c.getParent()) && !CodeNames.isUnder(c.getParent(), c)) {
                under.computeIfAbsent(c.getParent(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        children = under;
        top = CodeNames.ordered(roots);
        uses = library == null ? null : CodeUses.of(library);
        Object[] expanded = viewer.getExpandedElements();
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            viewer.setExpandedElements(expanded);
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }
}
