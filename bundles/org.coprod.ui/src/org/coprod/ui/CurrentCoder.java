package org.coprod.ui;

import java.util.Optional;
import java.util.UUID;

import org.coprod.core.evidence.Coders;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;

/**
 * Who codes in this workbench: an identity (a UUID and a name) kept in the preferences, so that it is the same coder
 * in every library this person opens. It is asked for once, on first start; until then nothing is coded in anyone's name.
 */
public final class CurrentCoder {

    public static final String ID = "coderId";
    public static final String NAME = "coderName";

    private CurrentCoder() {
    }

    /** The name the user gave, if they have given one. */
    public static Optional<String> name() {
        String name = CoprodPreferences.node().get(NAME, null);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** Records the user's name as the coder identity (a new UUID the first time; the same one on a rename). */
    public static void set(String name) {
        if (CoprodPreferences.node().get(ID, null) == null) {
            CoprodPreferences.node().put(ID, UUID.randomUUID().toString());
        }
        CoprodPreferences.node().put(NAME, name.strip());
        CoprodPreferences.flush();
    }

    /**
     * The coder to record in a library: the library's own record of this identity, or a new one (not yet in the
     * library: the coding command adds it). Empty until the user has given a name.
     */
    public static Optional<Coder> in(CaseLibrary library) {
        Optional<String> name = name();
        String id = CoprodPreferences.node().get(ID, null);
        if (name.isEmpty() || id == null) {
            return Optional.empty();
        }
        return Optional.of(Coders.byId(library, id).orElseGet(() -> Coders.create(id, name.get())));
    }
}
