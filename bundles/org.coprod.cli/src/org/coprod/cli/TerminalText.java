package org.coprod.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the command line prints, made safe for a terminal: a control character that came from user text (a case name,
 * a file name, an unknown option) is shown as {@code \u001B} instead of reaching the terminal, where an escape
 * sequence could recolour, retitle or clear it, and a bidirectional override could make a line read as another.
 * Line feeds and tabs pass. The escape is valid inside a JSON string, so {@code --json} output stays JSON.
 */
final class TerminalText extends FilterOutputStream {

    private final boolean utf8;
    /** The bytes of a UTF-8 sequence not yet complete, and how many it needs. */
    private final byte[] pending = new byte[4];
    private int pendingLength;
    private int pendingNeeded;

    private TerminalText(OutputStream out, boolean utf8) {
        super(out);
        this.utf8 = utf8;
    }

    /** A stream printing to {@code target} in its charset, with control characters shown as escapes. */
    static PrintStream printing(PrintStream target) {
        if (target instanceof Safe) {
            return target;
        }
        boolean utf8 = target.charset().equals(StandardCharsets.UTF_8);
        return new Safe(new TerminalText(target, utf8), target);
    }

    /** Marks a stream already filtered, so that wrapping twice does not escape the escapes' backslashes. */
    private static final class Safe extends PrintStream {
        Safe(TerminalText filter, PrintStream target) {
            super(filter, true, target.charset());
        }
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xFF;
        if (pendingNeeded > 0) {
            if ((unsigned & 0xC0) != 0x80) {
                flushPending(); // not a continuation: pass the broken sequence on as it came
                write(b);
                return;
            }
            pending[pendingLength++] = (byte) b;
            if (pendingLength == pendingNeeded) {
                int codePoint = new String(pending, 0, pendingLength, StandardCharsets.UTF_8).codePointAt(0);
                if (unsafe(codePoint)) {
                    escape(codePoint);
                    pendingLength = 0;
                    pendingNeeded = 0;
                } else {
                    flushPending();
                }
            }
            return;
        }
        if (utf8 && unsigned >= 0xC2 && unsigned <= 0xF4) {
            pending[0] = (byte) b;
            pendingLength = 1;
            pendingNeeded = unsigned < 0xE0 ? 2 : unsigned < 0xF0 ? 3 : 4;
            return;
        }
        if (unsigned < 0x80 && unsafe(unsigned)) {
            escape(unsigned);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        // a sequence split across flushes is kept until it completes, so that it can still be judged whole
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flushPending();
        super.close();
    }

    private void flushPending() throws IOException {
        out.write(pending, 0, pendingLength);
        pendingLength = 0;
        pendingNeeded = 0;
    }

    private void escape(int codePoint) throws IOException {
        out.write(String.format("\\u%04X", codePoint).getBytes(StandardCharsets.US_ASCII));
    }

    /** C0 and C1 controls but line feed and tab, DEL, the line separators and the bidirectional controls. */
    static boolean unsafe(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || c >= 0x7F && c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
