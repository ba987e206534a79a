package org.coprod.core.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;

/**
 * The people who code a library. Each has a stable UUID; work made before coders were recorded belongs to the
 * {@linkplain #UNKNOWN_ID unknown} coder, never to whoever opens the library now.
 */
public final class Coders {

    /** The id of the coder of everything coded before coders were recorded. */
    public static final String UNKNOWN_ID = "unknown";

    private Coders() {
    }

    /** The coder with this id, if the library has one. */
    public static Optional<Coder> byId(CaseLibrary library, String id) {
        return library.getCoders().stream().filter(c -> c.getId() != null && c.getId().equals(id)).findFirst();
    }

    /** The coder with this name (ignoring case and surrounding blanks), if the library has one. */
    public static Optional<Coder> byName(CaseLibrary library, String name) {
        String wanted = name == null ? "" : name.strip();
        return library.getCoders().stream().filter(c -> c.getName() != null && c.getName().strip().equalsIgnoreCase(wanted)).findFirst();
    }

    /** A new coder (not yet in a library) with a fresh UUID and initials from the name. */
    public static Coder create(String name) {
        return create(UUID.randomUUID().toString(), name);
    }

    /** A new coder (not yet in a library) with a given id, for identities kept outside the library (preferences). */
    public static Coder create(String id, String name) {
        Coder coder = CoprodFactory.eINSTANCE.createCoder();
        coder.setId(id);
        coder.setName(name.strip());
        coder.setInitials(initials(name));
        return coder;
    }

    /** The unknown coder, not yet in a library. */
    public static Coder unknown() {
        Coder coder = create(UNKNOWN_ID, "Unknown coder");
        coder.setInitials("?");
        return coder;
    }

    /** The first letter of each word, upper-case ("Ana Maria Silva" → "AMS"); "?" for a name with no letter. */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : (name == null ? "" : name.strip()).split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.isEmpty() ? "?" : out.toString().toUpperCase(Locale.ROOT);
    }
}
