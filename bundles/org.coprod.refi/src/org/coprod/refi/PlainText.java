package org.coprod.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.coprod.core.evidence.CodePoints;

/**
 * The plain text of an imported source, in the one form a library keeps (no byte order mark, line feeds only: the
 * same normalisation as documents imported from files), with what it takes to turn another tool's offsets into
 * offsets into it. Offsets count code points from 0 and a leading byte order mark never counts; a CR LF is two
 * characters for most tools and one for ATLAS.ti, so both readings are offered.
 */
final class PlainText {

    private static final char REPLACEMENT = '\uFFFD';

    /** The text as the library keeps it. */
    final String text;
    /** How the bytes were decoded, when that was not plain UTF-8 (for the import report), or null. */
    final String decodedAs;
    final boolean hadBom;
    /** Code-point indices, in the text as written, of each CR that a LF follows. */
    private final int[] crlf;
    /** Length in code points of the text as written (without its byte order mark). */
    private final int writtenLength;
    private final int length;
    private int[] indices;

    private PlainText(String written, String decodedAs, boolean hadBom) {
        this.decodedAs = decodedAs;
        this.hadBom = hadBom;
        int[] positions = new int[16];
        int n = 0;
        int cp = 0;
        for (int i = 0; i < written.length(); cp++) {
            char ch = written.charAt(i);
            if (ch == '\r' && i + 1 < written.length() && written.charAt(i + 1) == '\n') {
                if (n == positions.length) {
                    positions = Arrays.copyOf(positions, n * 2);
                }
                positions[n++] = cp;
            }
            i += Character.charCount(written.codePointAt(i));
        }
        this.crlf = Arrays.copyOf(positions, n);
        this.writtenLength = cp;
        this.text = written.indexOf('\r') < 0 ? written : written.replace("\r\n", "\n").replace('\r', '\n');
        this.length = CodePoints.length(text);
    }

    /** Text from a file: UTF-8 (or UTF-16 with its byte order mark); bytes that are no UTF-8 are read as Windows-1252. */
    static PlainText of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new PlainText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new PlainText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16", true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new PlainText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16", true);
        }
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf(REPLACEMENT) < 0) {
            return new PlainText(quick, null, false); // valid UTF-8: the JDK's decoder replaces what is not with U+FFFD
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new PlainText(text, null, false);
        } catch (CharacterCodingException e) {
            return new PlainText(new String(bytes, Charset.forName("windows-1252")), "Windows-1252 (the file is not valid UTF-8)", false);
        }
    }

    /** Text from the project file itself (PlainTextContent) or from a Word document. */
    static PlainText of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return new PlainText(bom ? text.substring(1) : text, null, bom);
    }

    /** Length of the kept text in code points. */
    int length() {
        return length;
    }

    /** Whether the text as written had Windows line ends, so that the two ways of counting them differ. */
    boolean hasCrLf() {
        return crlf.length > 0;
    }

    /**
     * The offset into the kept text of an offset another tool wrote, or -1 when it lies outside the text.
     *
     * @param crlfAsOne whether the tool counted a CR LF as one character (ATLAS.ti) rather than two
     */
    int position(int written, boolean crlfAsOne) {
        if (crlfAsOne) {
            return written >= 0 && written <= length ? written : -1;
        }
        if (written < 0 || written > writtenLength) {
            return -1;
        }
        // every LF of a CR LF before the offset is gone from the kept text; an offset between CR and LF falls before the line end
        int before = Arrays.binarySearch(crlf, written);
        int removed = before >= 0 ? before : -before - 1;
        return written - removed;
    }

    /** The passage between two offsets of the kept text (offsets inside it). */
    String slice(int start, int end) {
        return text.substring(index(start), index(end));
    }

    /** The UTF-16 index of a code-point offset: the same in a text without characters outside the BMP, else looked up. */
    private int index(int offset) {
        if (text.length() == length) {
            return offset;
        }
        if (indices == null) {
            indices = new int[length + 1];
            int i = 0;
            for (int cp = 0; cp < length; cp++) {
                indices[cp] = i;
                i += Character.charCount(text.codePointAt(i));
            }
            indices[length] = text.length();
        }
        return indices[offset];
    }
}
