package org.coprod.refi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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

    private Guids() {
    }

    /** An MD5 digest per thread: looking one up for every GUID was a tenth of an export's time. */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    });

    /**
     * The name-based GUID of an object of a kind with an id: the same as {@link UUID#nameUUIDFromBytes} of
     * {@code "coprod:" + kind + ":" + id} (a version 3 UUID), made with a digest kept for the thread.
     */
    static String of(String kind, String id) {
        byte[] md5 = MD5.get().digest(("coprod:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
        md5[6] &= 0x0f;
        md5[6] |= 0x30; // version 3
        md5[8] &= 0x3f;
        md5[8] |= (byte) 0x80; // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (md5[i] & 0xff);
            lsb = (lsb << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }

    /** Whether the text is a GUID in the one form used here (lower-case hex, 8-4-4-4-12), checked without a regex. */
    static boolean canonical(String g) {
        if (g.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = g.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
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
        return rest != null && canonical(rest) ? rest : of(kind, name);
    }

    public static String segment(Segment segment) {
        return carried("segment", "seg-", segment.getId());
    }

    /** A memo; one without an id (none should have) is named by where it is kept. */
    static String memo(Memo memo, String where) {
        return memo.getId() == null || memo.getId().isBlank() ? of("memo", where) : carried("memo", "memo-", memo.getId());
    }

    static String coding(Segment segment, Code code) {
        return coding(segment(segment), code(code));
    }

    /** {@link #coding(Segment, Code)} from their GUIDs, for a writer that has them already. */
    static String coding(String segmentGuid, String codeGuid) {
        return of("coding", segmentGuid + "/" + codeGuid);
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
        if (canonical(raw)) {
            return Optional.of(raw); // as this program writes them: most of a project's references
        }
        String g = raw.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1).strip();
        }
        g = g.toLowerCase(Locale.ROOT);
        return canonical(g) ? Optional.of(g) : Optional.empty();
    }
}
