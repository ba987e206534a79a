package org.coprod.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a case's stable id, in one place: the importer checks rows with it and the library refuses to give a
 * file to a case that breaks it, so that a dry run and a real run can never disagree about an id.
 */
public final class CaseId {

    /**
     * Longest id: the id is the case file's name, and file systems refuse names over 255 bytes; the margin leaves
     * room for the suffix and the temporary name a save writes first.
     */
    public static final int MAX_LENGTH = 120;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CaseId() {
    }

    /** Why {@code id} cannot be a case id, or empty when it can. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("a case needs an id");
        }
        if (!SLUG.matcher(id).matches()) {
            return Optional.of("'" + id + "' is not a valid id (lower-case letters, digits and dashes)");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("an id has at most " + MAX_LENGTH + " characters (this one has " + id.length() + ")");
        }
        return Optional.empty();
    }
}
