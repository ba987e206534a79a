package org.coprod.ui;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.BovairdTypology;
import org.coprod.core.validation.Severities;
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
    public static final String RECENT_LIBRARIES = "recentLibraries";
    public static final String GROUPING = "navigatorGrouping";
    public static final String COMPARED = "comparedCases";
    private static final int RECENT = 6;
    /** Folders cannot hold a newline, so it separates the recent libraries. */
    private static final String SEP = "\n";

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
        return node().get(TYPOLOGY, BovairdTypology.ID);
    }

    public static String language() {
        return node().get(LANGUAGE, "en");
    }

    /** The severities chosen on the Validation page (a rule left as it says has no stored value). */
    public static Severities severities() {
        return Severities.fromPreferences(key -> node().get(key, null));
    }

    public static String lastLibrary() {
        return node().get(LAST_LIBRARY, null);
    }

    public static void setLastLibrary(String folder) {
        node().put(LAST_LIBRARY, folder);
        List<String> recent = new ArrayList<>(recentLibraries());
        recent.remove(folder);
        recent.add(0, folder);
        node().put(RECENT_LIBRARIES, String.join(SEP, recent.subList(0, Math.min(RECENT, recent.size()))));
        flush();
    }

    /** The libraries opened last, newest first (File > Open Recent). */
    public static List<String> recentLibraries() {
        String stored = node().get(RECENT_LIBRARIES, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split(SEP));
    }

    /** A remembered choice of a view (the navigator's grouping, the compared cases), or the fallback. */
    public static String remembered(String key, String fallback) {
        return node().get(key, fallback);
    }

    public static void remember(String key, String value) {
        node().put(key, value);
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
