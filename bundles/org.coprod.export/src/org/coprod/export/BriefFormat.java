package org.coprod.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a brief is written in. */
public enum BriefFormat {
    DOCX("docx", Messages.Format_docx), MARKDOWN("md", Messages.Format_md);

    private final String extension;
    private final String label;

    BriefFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** "docx", "md" or "markdown", in any case. */
    public static BriefFormat parse(String name) throws BriefException {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "docx", "word" -> DOCX;
            case "md", "markdown" -> MARKDOWN;
            default -> throw new BriefException("Unknown format '" + name + "': use docx or md");
        };
    }

    /** The format a file name's extension names, if any. */
    public static Optional<BriefFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }
}
