package org.coprod.ui.documents;

import java.util.Optional;

import org.coprod.model.Code;
import org.coprod.ui.codebook.CodeDrag;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

/** Codes the selected passage with a code dropped on the text (dragged from the Codebook view as {@link CodeDrag} text). */
final class CodeDrop {

    private final CodingPane pane;

    CodeDrop(CodingPane pane) {
        this.pane = pane;
    }

    void install(StyledText styled) {
        DropTarget target = new DropTarget(styled, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                // A code is added to the passage, never moved out of the codebook.
                event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_LINK;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragEnter(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (!dropped(event.data)) {
                    event.detail = DND.DROP_NONE; // so the source does not take a refused drop for a copy
                }
            }
        });
    }

    /** What a drop of {@code data} does: codes the selection if it carries a code of this library. */
    boolean dropped(Object data) {
        if (!(data instanceof String text) || !text.startsWith(CodeDrag.PREFIX)) {
            return false;
        }
        Optional<Code> code = CodeDrag.code(pane.commands().library().getCodebook(), data);
        if (code.isEmpty()) {
            pane.status(Messages.CodeDrop_notCodedTheDropped);
            return false;
        }
        return pane.code(code.get());
    }
}
