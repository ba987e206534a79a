package org.coprod.core;

import org.coprod.model.Case;
import org.eclipse.emf.ecore.EObject;

/** Which case an object of the model belongs to: the one answer for saving, validation messages and the CLI. */
public final class Cases {

    private Cases() {
    }

    /** The case that contains the object (or is it), or null for the library's own objects (typologies, actors, sources). */
    public static Case containing(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Case c) {
                return c;
            }
        }
        return null;
    }
}
