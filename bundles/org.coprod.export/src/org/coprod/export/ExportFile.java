package org.coprod.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The file an export writes, written without ever losing anything: the destination is checked first (not a folder,
 * not inside the case library, not a file the export reads, not an existing file unless replacing is allowed), the
 * content is written to a hidden file beside it and moved into place only when complete, so a failure or a cancel
 * leaves no partial file behind. Briefs, quotations, framework matrices and exports of search results all write through it.
 */
public final class ExportFile {

    private final Path destination;
    private final String what;
    private final String example;
    private final Path libraryFolder;
    private final List<Source> sources;
    private final boolean overwrite;

    /** A file the export reads, which it must never write over, and how a message names it. */
    public record Source(Path file, String role) {
    }

    /**
     * @param what          how messages name the content ({@link Messages#What_brief}, in the workbench's language)
     * @param example       a file name to suggest when the destination is a folder ("brief.docx")
     * @param libraryFolder the folder of the library the content comes from (never written into), or null
     * @param sources       other files the export reads, such as a reference document
     */
    public ExportFile(Path destination, String what, String example, Path libraryFolder, List<Source> sources, boolean overwrite) {
        this.destination = destination;
        this.what = what;
        this.example = example;
        this.libraryFolder = libraryFolder;
        this.sources = List.copyOf(sources);
        this.overwrite = overwrite;
    }

    /** The destination, absolute. */
    public Path target() {
        return destination.toAbsolutePath().normalize();
    }

    /** Whether the folder can take the file: it is a file name, in a folder that exists and is writable. */
    public void checkPlace() throws BriefException {
        if (destination == null) {
            throw new BriefException(Messages.File_none);
        }
        Path target = target();
        if (Files.isDirectory(target)) {
            throw new BriefException(NLS.bind(Messages.File_folder, new Object[] {target, what, target.resolve(example)}));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BriefException(NLS.bind(Messages.File_noFolder, target, folder));
        }
        if (!Files.isWritable(folder)) {
            throw new BriefException(NLS.bind(Messages.File_notWritable, target, folder));
        }
    }

    /** Whether the file's extension, if it names a format, names the one being written. */
    public void checkNamed(Optional<String> named, String extension) throws BriefException {
        if (named.isPresent() && !named.get().equals(extension)) {
            throw new BriefException(NLS.bind(Messages.File_otherFormat, new Object[] {target().getFileName(), named.get(), extension}));
        }
    }

    /** Whether writing there is allowed: not into the library, not over a source, not over an existing file unless allowed. */
    public void checkSafe() throws BriefException {
        Path target = target();
        if (libraryFolder != null && inside(target, libraryFolder)) {
            throw new BriefException(NLS.bind(Messages.File_inLibrary, target, libraryFolder));
        }
        for (Source s : sources) {
            if (same(target, s.file())) {
                throw new BriefException(NLS.bind(Messages.File_isSource, target, s.role()));
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw new BriefExport.DestinationExistsException(target);
        }
        replaceableOrAbsent(target);
    }

    /** Every check, in order. */
    public void check() throws BriefException {
        checkPlace();
        checkSafe();
    }

    /**
     * Only a regular file is ever replaced: moving a file over {@code /dev/full} (as root), a named pipe or a symbolic
     * link would swap the device or link for a file, which no one asking to "replace the file" means.
     */
    private void replaceableOrAbsent(Path target) throws BriefException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        throw new BriefException(NLS.bind(Files.isSymbolicLink(target) ? Messages.File_link : Messages.File_notRegular, target));
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

    /** Checks again, then writes the content whole or not at all; cancelling stops it and leaves nothing behind. */
    public void write(byte[] bytes, IProgressMonitor monitor) throws BriefException {
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        check();
        cancelled(progress);
        Path target = target();
        PartFile.removeAbandoned(target);
        Path temp = null;
        Thread removeOnExit = null;
        try {
            // createFile, unlike createTempFile, gives the usual permissions (umask) that the file keeps after the move
            temp = Files.createFile(PartFile.next(target));
            removeOnExit = PartFile.removeOnExit(temp); // Ctrl+C or a kill (not -9) while writing leaves nothing either
            Files.write(temp, bytes);
            cancelled(progress);
            replaceableOrAbsent(target); // again: the destination may have changed since the check
            move(temp, target);
            progress.worked(1);
        } catch (FileAlreadyExistsException e) {
            throw new BriefExport.DestinationExistsException(target);
        } catch (AccessDeniedException e) {
            throw new BriefException(NLS.bind(Messages.File_denied, target), e);
        } catch (FileSystemException e) {
            throw new BriefException(e.getReason() == null ? NLS.bind(Messages.File_noNewFiles, target, target.getParent())
                    : NLS.bind(Messages.File_noNewFilesBecause, new Object[] {target, target.getParent(), e.getReason()}), e);
        } catch (IOException e) {
            throw new BriefException(NLS.bind(Messages.File_failed, target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                PartFile.delete(temp);
            }
            PartFile.keep(removeOnExit);
        }
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

    public static void cancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
