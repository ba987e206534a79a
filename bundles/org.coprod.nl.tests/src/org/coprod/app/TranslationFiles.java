package org.coprod.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The translation files of the installed bundles, as the runtime sees them: a bundle's own English files
 * (messages.properties, plugin.properties, labels.properties, the briefs' brief.properties) and, from its attached fragments
 * or beside them, their _pt, _es and _fr.
 */
final class TranslationFiles {

    static final List<String> LANGUAGES = List.of("pt", "es", "fr");

    private static final Pattern NAME = Pattern.compile("(.*/)?(messages|plugin|labels|brief)(_[a-z]{2})?\\.properties");

    /** One English file and the paths of its translations. */
    record English(Bundle bundle, String path, Map<String, URL> translations, URL url) {

        /** {@code org/coprod/app/messages.properties} → {@code org.coprod.app.Messages}; null for other files. */
        String messagesClass() {
            String p = path.startsWith("/") ? path.substring(1) : path;
            return p.endsWith("/messages.properties") ? p.substring(0, p.lastIndexOf('/')).replace('/', '.') + ".Messages" : null;
        }
    }

    private TranslationFiles() {
    }

    /** The English files of the bundle (its own entries, not its fragments'), with the translations found for each. */
    static List<English> of(String bundleId) {
        Bundle bundle = Platform.getBundle(bundleId);
        if (bundle == null) {
            throw new IllegalStateException(bundleId + " is not installed in the test runtime");
        }
        Map<String, URL> all = new TreeMap<>();
        Enumeration<URL> found = bundle.findEntries("/", "*.properties", true);
        while (found != null && found.hasMoreElements()) {
            URL u = found.nextElement();
            all.put(u.getPath(), u);
        }
        List<String> own = new ArrayList<>();
        for (String path : all.keySet()) {
            Matcher m = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
            if (m.matches() && m.group(3) == null && bundle.getEntry(path) != null) {
                own.add(path);
            }
        }
        List<English> out = new ArrayList<>();
        for (String path : own) {
            Map<String, URL> translations = new TreeMap<>();
            for (String language : LANGUAGES) {
                URL u = all.get(path.replace(".properties", "_" + language + ".properties"));
                if (u != null) {
                    translations.put(language, u);
                }
            }
            out.add(new English(bundle, path, translations, bundle.getEntry(path)));
        }
        return out;
    }

    /** Read as NLS and the bundle localisation read them: ISO-8859-1 with \\u escapes. */
    static Properties read(URL url) throws IOException {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }

    /** The offsets of bytes outside ASCII: such a file is misread by Properties.load, which assumes ISO-8859-1. */
    static List<Integer> nonAscii(URL url) throws IOException {
        List<Integer> at = new ArrayList<>();
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    at.add(i);
                }
            }
        }
        return at;
    }
}
