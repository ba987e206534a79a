package org.coprod.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the workbench starts in, kept as {@code osgi.nl} in the configuration area's {@code config.ini}: Equinox
 * reads it before any bundle, so menus from plugin.xml, Messages classes and the model's labels all follow it. A
 * {@code -nl} on the command line is a system property and wins over config.ini. "System default" removes the line.
 */
public final class WorkbenchLanguage {

    /** The languages the workbench is translated into; "" is the system's language. */
    public static final List<String> CHOICES = List.of("", "en", "pt", "es", "fr");

    static final String KEY = "osgi.nl";

    private final Path configIni;

    public WorkbenchLanguage(Path configIni) {
        this.configIni = configIni;
    }

    /** The language config.ini names, "" when it names none (the system's language is used). */
    public String chosen() throws IOException {
        return line().map(l -> l.substring(l.indexOf('=') + 1).strip()).orElse("");
    }

    /**
     * Writes the choice (one of {@link #CHOICES}) and leaves every other line as it was; the file is replaced in one move
     * so a crash never leaves a half-written config.ini (which would stop the workbench from starting).
     */
    public void choose(String language) throws IOException {
        if (!CHOICES.contains(language)) {
            throw new IllegalArgumentException("not a workbench language: '" + language + "'");
        }
        List<String> lines = Files.exists(configIni) ? new ArrayList<>(Files.readAllLines(configIni, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        lines.removeIf(WorkbenchLanguage::isLanguageLine);
        if (!language.isEmpty()) {
            lines.add(KEY + "=" + language);
        }
        Path temp = Files.createTempFile(configIni.toAbsolutePath().getParent(), "config", ".ini.tmp");
        try {
            Files.write(temp, lines, StandardCharsets.ISO_8859_1);
            Files.move(temp, configIni, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A choice's name in its own language, as language menus show them ("Português", not "Portuguese"). */
    public static String nameOf(String language, String systemDefault) {
        if (language.isEmpty()) {
            return systemDefault;
        }
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Optional<String> line() throws IOException {
        if (!Files.exists(configIni)) {
            return Optional.empty();
        }
        return Files.readAllLines(configIni, StandardCharsets.ISO_8859_1).stream().filter(WorkbenchLanguage::isLanguageLine)
                .reduce((first, last) -> last);
    }

    private static boolean isLanguageLine(String line) {
        String l = line.strip();
        return l.startsWith(KEY) && l.substring(KEY.length()).strip().startsWith("=");
    }
}
