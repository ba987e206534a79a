package org.coprod.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

import org.coprod.core.LoadProblem;

/**
 * The one line a user reads when a command stops on something other than bad usage, and the exit code it ends with.
 * Java's own wording ("Cannot invoke ... because ... is null", a class name, a stack trace) means nothing to a
 * researcher, so a failure is said in the words of what went wrong; {@code COPROD_DEBUG=1} adds the trace for a bug report.
 */
final class Failure {

    /** Longer messages are cut: a message can quote user input, such as a query of a million characters. */
    static final int LONGEST_MESSAGE = 1000;

    /**
     * A Java exception's name and an XML parser's account of where ("publicId: …; systemId: …; lineNumber: 1;
     * columnNumber: 34; "), which the file, line and column already say.
     */
    private static final Pattern JAVA_WRAPPING = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?"
            + "(?:publicId: [^;]*; )?(?:systemId: [^;]*; )?(?:lineNumber: -?\\d+; )?(?:columnNumber: -?\\d+; )?");
    /** EMF's "(file:/…/a.xmi, 1, 34)" after the message. */
    private static final Pattern EMF_POSITION = Pattern.compile("\\s*\\([a-z]+:[^()]*, -?\\d+, -?\\d+\\)\\s*$");

    private Failure() {
    }

    /** Unreadable or unwritable files are bad input (exit 2); everything else stopped the program itself (exit 3). */
    static int exitCode(Throwable t) {
        return io(t) != null ? Commands.BAD_USAGE : Commands.FAILED;
    }

    static String describe(Throwable t) {
        IOException io = io(t);
        if (io != null) {
            return file(io);
        }
        if (t instanceof StackOverflowError) {
            return "stopped: the input is nested too deeply to process";
        }
        if (t instanceof OutOfMemoryError) {
            return "stopped: ran out of memory (COPROD_JAVA_OPTIONS=-Xmx4g gives it more, or give it less to do at once)";
        }
        return "stopped by an internal error, a bug to report (COPROD_DEBUG=1 shows the details)";
    }

    private static IOException io(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return t instanceof IOException e ? e : null;
    }

    private static String file(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = f.getFile() + (f.getOtherFile() == null ? "" : " or " + f.getOtherFile());
            return what + ": " + switch (f) {
                case AccessDeniedException a -> "permission denied";
                case NoSuchFileException n -> "no such file or folder";
                case NotDirectoryException n -> "not a folder";
                case DirectoryNotEmptyException n -> "the folder is not empty";
                case FileAlreadyExistsException x -> "already exists";
                default -> f.getReason() == null ? "cannot be read or written" : f.getReason();
            };
        }
        return e.getMessage() == null ? "reading or writing a file failed" : withoutJava(e.getMessage());
    }

    /**
     * Why a library file could not be read, without the XML parser's wrapping: EMF reports a torn file as
     * "org.xml.sax.SAXParseExceptionpublicId: file:…; systemId: file:…; lineNumber: 1; columnNumber: 34; XML document
     * structures must start and end within the same entity. (file:…, 1, 34)", and only the sentence is news to the user.
     */
    static String withoutJava(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = EMF_POSITION.matcher(JAVA_WRAPPING.matcher(message).replaceAll("")).replaceFirst("");
        return m.isBlank() ? message : m.strip();
    }

    /** The file, line and column of a load problem, then why. */
    static String loadProblem(LoadProblem p) {
        return p.file() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "") + ": " + withoutJava(p.message());
    }

    /** A message cut to {@link #LONGEST_MESSAGE} characters, saying how much was left out. */
    static String shorten(String message) {
        if (message == null || message.length() <= LONGEST_MESSAGE) {
            return message;
        }
        return message.substring(0, LONGEST_MESSAGE) + "… (" + (message.length() - LONGEST_MESSAGE) + " more characters)";
    }
}
