package org.coprod.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The workbench's preferences (Window > Preferences > Co-production), stored in the instance scope. */
public final class CoprodPreferences {

    public static final String NODE = "org.coprod.ui";
    public static final String AUTHOR = "noteAuthor";
    public static final String TYPOLOGY = "defaultTypology";
    public static final String LANGUAGE = "noteLanguage";
    public static final String LAST_LIBRARY = "lastLibrary";

    private CoprodPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The author written on new notes: the preference, else the user's login name. */
    public static String author() {
        return node().get(AUTHOR, System.getProperty("user.name", ""));
    }

    public static String typology() {
        return node().get(TYPOLOGY, org.coprod.core.BovairdTypology.ID);
    }

    public static String language() {
        return node().get(LANGUAGE, "en");
    }

    public static String lastLibrary() {
        return node().get(LAST_LIBRARY, null);
    }

    public static void setLastLibrary(String folder) {
        node().put(LAST_LIBRARY, folder);
        flush();
    }

    public static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the next start opens the sample library instead.
        }
    }
}
