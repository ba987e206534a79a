package org.coprod.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a brief to a file without ever losing anything: the destination is checked first (not a folder, not inside
 * the case library, not the reference document, not an existing file unless overwriting is allowed), the brief is
 * written to a temporary file beside it and moved into place only when complete, so a failure or a cancel leaves no
 * partial file behind.
 */
public final class BriefExport {

    private final BriefFormat format;
    private final Path destination;
    private final Path reference;
    private final Path libraryFolder;
    private final boolean overwrite;

    /**
     * @param reference     the reference .docx, or null for the bundled one (ignored for Markdown)
     * @param libraryFolder the folder of the library the cases come from, which an export never writes into
     */
    public BriefExport(BriefFormat format, Path destination, Path reference, Path libraryFolder, boolean overwrite) {
        this.format = format;
        this.destination = destination;
        this.reference = reference;
        this.libraryFolder = libraryFolder;
        this.overwrite = overwrite;
    }

    /** The cases with these ids, in order; an unknown id is named in the message. */
    public static List<Case> cases(Library library, List<String> ids) throws BriefException {
        List<Case> cases = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            library.findCase(trimmed).ifPresentOrElse(cases::add, () -> unknown.add(trimmed));
        }
        if (!unknown.isEmpty()) {
            throw new BriefException((unknown.size() == 1 ? "Unknown case id '" + unknown.get(0) + "'" : "Unknown case ids " + unknown)
                    + ": the library in " + library.folder() + " has no such case (ids look like 'porto-alegre-op')");
        }
        return cases;
    }

    /** Checks everything that can be checked before any work: a bad destination is reported before the brief is built. */
    public void check() throws BriefException {
        if (destination == null) {
            throw new BriefException("No destination file given");
        }
        Path target = destination.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BriefException(target + " is a folder: give the brief a file name, e.g. " + target.resolve("brief." + format.extension()));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BriefException("Cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new BriefException("Cannot write " + target + ": the folder " + folder + " is not writable");
        }
        BriefFormat named = BriefFormat.of(target).orElse(format);
        if (named != format) {
            throw new BriefException(target.getFileName() + " names a " + named.extension() + " file but the format is " + format.extension());
        }
        if (libraryFolder != null && inside(target, libraryFolder)) {
            throw new BriefException("Refusing to write " + target + ": it is inside the case library " + libraryFolder
                    + ", and an export never writes over the library's files");
        }
        if (format == BriefFormat.DOCX && reference != null) {
            if (!Files.isRegularFile(reference)) {
                throw new BriefException("Reference document " + reference + " does not exist");
            }
            if (same(target, reference)) {
                throw new BriefException("Refusing to write " + target + ": it is the reference document the brief takes its styles from");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw new DestinationExistsException(target);
        }
        replaceableOrAbsent(target);
    }

    /**
     * Only a regular file is ever replaced: moving a brief over {@code /dev/full} (as root), a named pipe or a symbolic
     * link would swap the device or link for a file, which no one asking to "replace the brief" means.
     */
    private static void replaceableOrAbsent(Path target) throws BriefException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String what = Files.isSymbolicLink(target) ? "a symbolic link" : "not a regular file (a device, pipe or socket)";
        throw new BriefException("Refusing to replace " + target + ": it is " + what + "; a brief only ever replaces a regular file");
    }

    private static boolean inside(Path target, Path folder) {
        try {
            Path realFolder = folder.toRealPath();
            Path realParent = target.getParent().toRealPath();
            return realParent.startsWith(realFolder);
        } catch (IOException e) {
            return target.startsWith(folder.toAbsolutePath().normalize());
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) ? Files.isSameFile(a, b) : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Builds the brief for the request and writes it; cancelling stops it and leaves nothing behind. */
    public Brief run(BriefRequest request, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing brief " + destination.getFileName(), 10);
        check();
        request.check();
        progress.subTask("Assembling the brief from " + request.cases().size() + " case" + (request.cases().size() == 1 ? "" : "s"));
        Brief brief = BriefAssembler.assemble(request);
        progress.worked(3);
        cancelled(progress);
        write(brief, progress.split(7));
        return brief;
    }

    /** Writes a brief already built. */
    public void write(Brief brief, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        check();
        Path target = destination.toAbsolutePath().normalize();
        progress.subTask("Writing " + format.label());
        byte[] bytes = render(brief);
        progress.worked(3);
        cancelled(progress);
        PartFile.removeAbandoned(target);
        Path temp = null;
        Thread removeOnExit = null;
        try {
            // createFile, unlike createTempFile, gives the usual permissions (umask) that the brief keeps after the move
            temp = Files.createFile(PartFile.next(target));
            removeOnExit = PartFile.removeOnExit(temp); // Ctrl+C or a kill (not -9) while writing leaves nothing either
            Files.write(temp, bytes);
            cancelled(progress);
            replaceableOrAbsent(target); // again: the destination may have changed since the check
            move(temp, target);
            progress.worked(1);
        } catch (FileAlreadyExistsException e) {
            throw new DestinationExistsException(target);
        } catch (AccessDeniedException e) {
            throw new BriefException("Cannot write " + target + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new BriefException("Cannot write " + target + ": the folder " + target.getParent() + " does not accept new files"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"), e);
        } catch (IOException e) {
            throw new BriefException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                PartFile.delete(temp);
            }
            PartFile.keep(removeOnExit);
        }
    }

    private byte[] render(Brief brief) throws BriefException {
        if (format == BriefFormat.MARKDOWN) {
            return MarkdownWriter.toMarkdown(brief).getBytes(StandardCharsets.UTF_8);
        }
        // the Word file is built in memory and only then written, so the temporary file exists for the write alone
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (OutputStream out = bytes) {
            new DocxWriter(reference).write(brief, out);
        } catch (IOException e) {
            throw new BriefException(e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private void move(Path temp, Path target) throws IOException {
        if (overwrite) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            // without REPLACE_EXISTING the move fails if someone created the file meanwhile: nothing is overwritten
            Files.move(temp, target);
        }
    }

    private static void cancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The destination exists and overwriting was not allowed: the user may choose to replace it. */
    public static final class DestinationExistsException extends BriefException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        public DestinationExistsException(Path file) {
            super(file + " already exists: choose another name or allow replacing it");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
