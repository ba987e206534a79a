package org.coprod.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Imports a REFI-QDA project ({@code .qdpx}, or a bare {@code .qde}) or codebook ({@code .qdc}) made by another tool
 * into a library: codes with their hierarchy and colours, users as coders, sources as documents or case notes,
 * selections and codings as coded passages, cases with their variables, notes as memos. The file is read leniently
 * and completely into a {@link RefiPlan} before anything changes; hostile input (zip entries leaving the project,
 * zip bombs, a DOCTYPE in any XML) refuses the whole file.
 */
public final class RefiImport {

    /** What to do with a case of the project that the library already has (by id). */
    public enum Existing {
        /** Nothing is imported while the project holds such a case (the default: never silently). */
        REFUSE,
        /** Leave the library's case as it is, and leave out the project's case with its notes and passages. */
        SKIP,
        /** Add the project's facts, notes, passages and memos to the library's case. */
        MERGE
    }

    public record Options(Existing existing, Limits limits) {
        public static final Options DEFAULT = new Options(Existing.REFUSE, Limits.DEFAULT);
    }

    private final Library library;
    private final Options options;

    public RefiImport(Library library, Options options) {
        this.library = library;
        this.options = options;
    }

    /** Reads the file and works out what importing it would do; the library is not changed. */
    public RefiPlan plan(Path file, IProgressMonitor monitor) throws RefiException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Import_reading, file.getFileName()), 4);
        try (ProjectArchive archive = ProjectArchive.open(file, options.limits())) {
            progress.worked(1);
            cancelled(progress);
            ImportContext ctx;
            try {
                ctx = read(archive, ProjectElements.Pass.ALL, null, progress);
            } catch (ProjectElements.OutOfOrder e) {
                ctx = twoPasses(archive, progress);
            }
            progress.worked(2);
            cancelled(progress);
            RefiPlan plan = plan(ctx);
            progress.worked(1);
            return plan;
        }
    }

    /** Users and variables after what names them: those are read first, then the rest, in a new context. */
    private ImportContext twoPasses(ProjectArchive archive, IProgressMonitor monitor) throws RefiException {
        try {
            ImportContext first = read(archive, ProjectElements.Pass.FIRST, null, monitor);
            return read(archive, ProjectElements.Pass.REST, first, monitor);
        } catch (ProjectElements.OutOfOrder e) {
            throw new IllegalStateException("only a pass over everything checks the order", e);
        }
    }

    /**
     * One pass over the project file (or a codebook file, read whole): into a new context, or for the second of two
     * passes into the context of the first.
     */
    private ImportContext read(ProjectArchive archive, ProjectElements.Pass pass, ImportContext after, IProgressMonitor monitor)
            throws RefiException, ProjectElements.OutOfOrder {
        String what = archive.zipped() ? archive.what() + "!" + archive.projectName() : archive.what();
        ImportContext ctx = after;
        try (InputStream in = archive.project(); XmlTree xml = XmlTree.open(in, what, options.limits().maxDepth())) {
            XmlNode root = xml.next();
            if (root == null) {
                throw new RefiException(NLS.bind(Messages.Xml_noElement, what));
            }
            if (ctx == null) {
                ctx = new ImportContext(library, archive, options);
                ImportContext reporting = ctx;
                archive.ambiguous().forEach(name -> reporting.report.notCarried("file", name, Messages.Reason_sameFileName));
            }
            ProjectReading parts = ctx.reading();
            switch (root.name) {
                case "Project" -> new ProjectElements(ctx, parts, monitor).read(xml, root, pass);
                case "CodeBook" -> parts.codes(xml.rest(root));
                default -> throw new RefiException(NLS.bind(Messages.Xml_notRefi, what, root.name));
            }
            xml.end();
            return ctx;
        } catch (RefiException e) {
            throw e; // says already which file and what is wrong with it
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.Xml_unreadable, what, e.getMessage()), e);
        }
    }

    private static RefiPlan plan(ImportContext ctx) {
        CasePlanning cases = new CasePlanning(ctx);
        TextPlanning texts = new TextPlanning(ctx, cases);
        MemoPlanning memos = new MemoPlanning(ctx, cases);
        PassagePlanning passages = new PassagePlanning(ctx, memos);
        texts.prepare();
        cases.plan();
        texts.plan(passages, memos);
        cases.resolveParents();
        memos.ofCodes();
        memos.links(texts, passages);
        memos.unused();
        passages.finish();
        String description = null;
        if (ctx.description != null && !ctx.description.isBlank()) {
            if (ctx.root.getDescription() == null || ctx.root.getDescription().isBlank()) {
                description = XmlOut.clean(ctx.description.strip());
            } else if (!ctx.root.getDescription().strip().equals(ctx.description.strip())) {
                ctx.report.notCarried("Description", ctx.projectName, Messages.Reason_projectDescription);
            }
        }
        ctx.report.coders = ctx.newCoders.size();
        List<Case> newCases = new ArrayList<>();
        Map<Case, Case> merges = new LinkedHashMap<>();
        for (CasePlanning.Planned p : cases.kept.values()) {
            if (p.existing == null) {
                newCases.add(p.target);
            } else {
                merges.put(p.target, p.existing);
            }
        }
        return new RefiPlan(ctx.report, List.copyOf(ctx.newCoders), List.copyOf(ctx.newCodes), List.copyOf(texts.newSources),
                List.copyOf(texts.newDocuments), texts.files, newCases, merges, memos.additions, description);
    }

    /**
     * Imports a file into a new library in {@code folder}, which must not exist or be empty: the library is made and
     * filled beside it and moved into place only when the whole import succeeded, so a failed import leaves no folder.
     * A dry run makes it in a temporary folder and removes it.
     */
    public static RefiPlan.Outcome intoNewLibrary(Path folder, Path file, Options options, boolean dryRun, IProgressMonitor monitor)
            throws RefiException {
        Path target = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !empty(target))) {
                throw new RefiException(NLS.bind(Messages.Library_notEmpty, target));
            }
            Path parent = target.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new RefiException(NLS.bind(Messages.Library_noParent, target, parent));
            }
            Path staging = dryRun ? Files.createTempDirectory("coprod-refi-dry-run")
                    : parent.resolve("." + target.getFileName() + ".importing-" + ProcessHandle.current().pid());
            try {
                String name = target.getFileName().toString();
                Library library = Library.create(staging, name);
                RefiPlan plan = new RefiImport(library, options).plan(file, monitor);
                if (!plan.applicable()) {
                    return new RefiPlan.Outcome(plan.report(), 0, dryRun);
                }
                RefiPlan.Outcome outcome = plan.commit(library, dryRun);
                if (!dryRun) {
                    if (Files.isDirectory(target)) {
                        Files.delete(target); // empty, as checked
                    }
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return outcome;
            } finally {
                if (Files.exists(staging)) {
                    deleteTree(staging);
                }
            }
        } catch (RefiException e) {
            throw e;
        } catch (IOException e) {
            throw new RefiException(NLS.bind(Messages.Library_cannotMake, target, e.getMessage()), e);
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void cancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
