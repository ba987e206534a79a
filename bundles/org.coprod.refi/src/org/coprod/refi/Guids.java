package org.coprod.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Segment;

/**
 * The REFI-QDA GUIDs of a library's objects, made from their ids so that two exports of the same library name every
 * object the same way and diff cleanly. An id that already ends in a UUID ({@code seg-<uuid>}, a coder's UUID, or one
 * an import made from a GUID) gives that UUID, so a project imported and exported again keeps its GUIDs; any other id
 * gives a name-based UUID of {@code "coprod:" + kind + ":" + id}.
 */
public final class Guids {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Guids() {
    }

    /** The name-based GUID of an object of a kind with an id. */
    static String of(String kind, String id) {
        return UUID.nameUUIDFromBytes(("coprod:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The GUID an id carries after a prefix, or the name-based one. */
    private static String carried(String kind, String prefix, String id) {
        return carried(kind, prefix, String.valueOf(id), id);
    }

    public static String coder(Coder coder) {
        return carried("coder", "", coder.getId());
    }

    public static String code(Code code) {
        return carried("code", "code-", code.getId());
    }

    public static String caseOf(Case c) {
        return of("case", c.getId());
    }

    public static String document(Document document) {
        return carried("document", "doc-", document.getId());
    }

    /** A document kept as a PDF: the GUID of its plain-text representation, which holds the selections. */
    static String representation(Document document) {
        return of("representation", document.getId());
    }

    /** A case's note, whose id is unique only within its case. */
    public static String note(Case c, Note note) {
        return carried("note", "note-", c.getId() + "/" + note.getId(), note.getId());
    }

    /** The GUID an id carries after a prefix, or the name-based one of {@code name}. */
    private static String carried(String kind, String prefix, String name, String id) {
        String rest = id != null && id.startsWith(prefix) ? id.substring(prefix.length()) : null;
        return rest != null && UUID_TEXT.matcher(rest).matches() ? rest : of(kind, name);
    }

    public static String segment(Segment segment) {
        return carried("segment", "seg-", segment.getId());
    }

    /** A memo; one without an id (none should have) is named by where it is kept. */
    static String memo(Memo memo, String where) {
        return memo.getId() == null || memo.getId().isBlank() ? of("memo", where) : carried("memo", "memo-", memo.getId());
    }

    static String coding(Segment segment, Code code) {
        return of("coding", segment(segment) + "/" + code(code));
    }

    static String variable(String name) {
        return of("variable", name);
    }

    /** The note of a case that holds what REFI-QDA has no element for. */
    static String record(Case c) {
        return of("record", c.getId());
    }

    /** The note holding a researcher's summary of a code in a case (a cell of the framework matrix). */
    static String summary(Case c, Code code) {
        return of("summary", c.getId() + "/" + code.getId());
    }

    static String link(String origin, String target) {
        return of("link", origin + ">" + target);
    }

    /**
     * A GUID as another tool wrote it, in the one form used here: braces dropped, lower case. Empty when it is no
     * GUID at all; version bits are never checked, since tools make GUIDs in their own ways.
     */
    public static Optional<String> normal(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String g = raw.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1).strip();
        }
        g = g.toLowerCase(Locale.ROOT);
        return UUID_TEXT.matcher(g).matches() ? Optional.of(g) : Optional.empty();
    }
}
