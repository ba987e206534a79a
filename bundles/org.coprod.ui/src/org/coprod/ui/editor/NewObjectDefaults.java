package org.coprod.ui.editor;

import java.util.Date;

import org.coprod.model.AssignedBy;
import org.coprod.model.Note;
import org.coprod.model.TypologyCoding;
import org.coprod.ui.CoprodPreferences;
import org.eclipse.emf.ecore.EObject;

/** Fills what a new object should start with: a note its author, date and language; a coding its provenance. */
final class NewObjectDefaults {

    private NewObjectDefaults() {
    }

    static void apply(EObject created) {
        if (created instanceof Note n) {
            n.setAuthor(CoprodPreferences.author());
            n.setDate(new Date());
            n.setLanguage(CoprodPreferences.language());
            n.setTitle(Messages.NewObjectDefaults_newNote);
            n.setText("");
        } else if (created instanceof TypologyCoding c) {
            c.setAssignedBy(AssignedBy.CODER);
        }
    }
}
