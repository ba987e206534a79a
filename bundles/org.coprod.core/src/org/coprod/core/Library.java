package org.coprod.core;

import javax.xml.XMLConstants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.format.FormatVersion;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * An open case library: a folder with {@value #LIBRARY_FILE} (typologies, actors, sources) and one XMI file per case
 * under {@value #CASES_DIR}/, so that a library diffs and merges well in version control.
 * <p>
 * Cases are held in {@link CaseLibrary#getCases()}, a transient containment whose objects stay roots of their own
 * resources; a case file that cannot be read is reported in {@link #problems()} and is never written back.
 * A save writes only the files whose content changed, all of them or none ({@link SaveJournal}).
 * <p>
 * A library written by a newer version is refused; an older one is upgraded in memory ({@link FormatVersion}) and
 * written, with the current version, by the next save.
 */
public final class Library {

    public static final String LIBRARY_FILE = "library.xmi";
    public static final String CASES_DIR = "cases";
    public static final String CASE_FILE_SUFFIX = ".xmi";

    /** Parsers are costly to set up; a library of thousands of case files reuses them. */
    private static final XMLParserPool PARSER_POOL = new ParserPool();

    private final Path folder;
    private final ResourceSet resourceSet;
    private final CaseLibrary root;
    private final List<LoadProblem> problems;
    /** Files of cases removed from the library since the last save, deleted by the next save. */
    private final List<Resource> removed = new ArrayList<>();
    private final FileDigests onDisk;
    /** The format version of the library file as read, before any upgrade. */
    private final int versionRead;

    private Library(Path folder, ResourceSet resourceSet, CaseLibrary root, List<LoadProblem> problems, FileDigests onDisk,
            int versionRead) {
        this.folder = folder;
        this.resourceSet = resourceSet;
        this.root = root;
        this.problems = problems;
        this.onDisk = onDisk;
        this.versionRead = versionRead;
    }

    /** Opens the library in a folder, with a resource set of its own. */
    public static Library open(Path folder) throws LibraryException {
        return open(folder, new ResourceSetImpl());
    }

    /** Opens the library in a folder into the given resource set (an editing domain's, for instance). */
    public static Library open(Path folder, ResourceSet resourceSet) throws LibraryException {
        return open(folder, resourceSet, null);
    }

    /**
     * Opens the library file and, of the case files, only those of the cases with these ids (the others are not read):
     * for work on those cases alone, such as indexing the cases a pull changed. Its list of cases holds only them.
     */
    public static Library openCases(Path folder, Collection<String> caseIds) throws LibraryException {
        return open(folder, new ResourceSetImpl(), Objects.requireNonNull(caseIds));
    }

    private static Library open(Path folder, ResourceSet resourceSet, Collection<String> only) throws LibraryException {
        Path dir = folder.toAbsolutePath().normalize();
        Path libraryFile = dir.resolve(LIBRARY_FILE);
        if (!Files.isRegularFile(libraryFile)) {
            throw new LibraryException("Not a case library: " + libraryFile + " does not exist");
        }
        // Before an interrupted save is finished: a newer workbench's library is left exactly as it is.
        Optional<String> newer = FormatVersion.refusal(libraryFile);
        if (newer.isPresent()) {
            throw new LibraryException(newer.get());
        }
        configure(resourceSet);
        Resource libraryResource = resourceSet.createResource(uri(libraryFile));
        List<LoadProblem> problems = new ArrayList<>();
        try {
            SaveJournal.recover(dir);
        } catch (IOException e) {
            problems.add(new LoadProblem(dir, 0, 0, "Cannot finish or clean up an interrupted save: " + e.getMessage()));
        }
        FileDigests digests = new FileDigests();
        try {
            digests.putDigest(libraryResource.getURI(), CaseFiles.load(libraryResource, libraryFile));
        } catch (IOException | RuntimeException e) {
            throw new LibraryException("Cannot read " + CaseFiles.problem(libraryFile, libraryResource, e), e);
        }
        if (libraryResource.getContents().isEmpty() || !(libraryResource.getContents().get(0) instanceof CaseLibrary root)) {
            throw new LibraryException("Cannot read " + libraryFile + ": it does not hold a case library");
        }
        int version = root.getFormatVersion();
        Optional<String> refused = FormatVersion.refusal(libraryFile, version); // the save just finished may have written it
        if (refused.isPresent()) {
            throw new LibraryException(refused.get());
        }
        CaseFiles.load(dir, resourceSet, root, digests, problems, only);
        FormatVersion.upgrade(root, version);
        return new Library(dir, resourceSet, root, problems, digests, version);
    }

    /** The cases {@link #reread} read again, and the ids of those whose files are gone (or could not be read). */
    public record Reread(List<Case> cases, List<String> removed) {
    }

    /**
     * Reads again the files of the cases with these ids, which another program (a pull) changed on disk: each case read
     * takes the place of the one held, and references to it from other cases follow; a case whose file is gone (or
     * cannot be read, see {@link #problems()}) leaves the library, and a new file's case joins it. Unsaved changes to
     * these cases are replaced by what the files hold: the caller makes sure there are none.
     */
    public Reread reread(Collection<String> caseIds) {
        return CaseFiles.reread(folder, resourceSet, root, onDisk, problems, caseIds);
    }

    /** Creates an empty library in a folder that has none yet, with the built-in typologies. */
    public static Library create(Path folder, String name) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(LIBRARY_FILE))) {
            throw new LibraryException("A library already exists in " + dir);
        }
        Files.createDirectories(dir.resolve(CASES_DIR));
        ResourceSet resourceSet = new ResourceSetImpl();
        configure(resourceSet);
        CaseLibrary root = CoprodFactory.eINSTANCE.createCaseLibrary();
        root.setFormatVersion(FormatVersion.CURRENT);
        root.setName(name);
        root.getTypologies().add(BovairdTypology.create());
        BuiltInCodes.ensure(root);
        Resource resource = resourceSet.createResource(uri(dir.resolve(LIBRARY_FILE)));
        resource.getContents().add(root);
        Library library = new Library(dir, resourceSet, root, new ArrayList<>(), new FileDigests(), FormatVersion.CURRENT);
        library.save();
        return library;
    }

    public Path folder() {
        return folder;
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    public CaseLibrary root() {
        return root;
    }

    /**
     * The format version the library file had when it was opened, if it was older than {@link FormatVersion#CURRENT}:
     * the library was upgraded in memory, and the next save writes it in the current version.
     */
    public OptionalInt upgradedFrom() {
        return versionRead < FormatVersion.CURRENT ? OptionalInt.of(versionRead) : OptionalInt.empty();
    }

    /** Files that could not be read when the library was opened. */
    public List<LoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Why the file at {@code file} could not be read when the library was opened, if it could not. */
    public Optional<LoadProblem> problemWith(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return problems.stream().filter(x -> x.file().equals(p)).findFirst();
    }

    public Optional<Case> findCase(String id) {
        return root.getCases().stream().filter(c -> id.equals(c.getId())).findFirst();
    }

    public Optional<Typology> findTypology(String id) {
        return root.getTypologies().stream().filter(t -> id.equals(t.getId())).findFirst();
    }

    /** The cell with a code (such as {@code P2-D2}) in a typology. */
    public Optional<TypologyCell> findCell(String typologyId, String code) {
        return findTypology(typologyId).flatMap(t -> t.getCells().stream().filter(c -> code.equals(c.getCode())).findFirst());
    }

    /** The file a case is saved to. */
    public Path caseFile(Case c) {
        return caseFile(c.getId());
    }

    /** The file the case with this id is (or would be) saved to. */
    public Path caseFile(String id) {
        return folder.resolve(CASES_DIR).resolve(id + CASE_FILE_SUFFIX);
    }

    /**
     * Adds a new case to the library and gives it a file of its own. Use {@link #attach(Case)} when the case is added by
     * a command (undoable) rather than directly.
     */
    public Case addCase(Case c) {
        attach(c);
        if (c.eContainer() != root) {
            // The list's own uniqueness check scans every case: an import of many cases would be quadratic.
            @SuppressWarnings("unchecked")
            InternalEList<Case> cases = (InternalEList<Case>) root.getCases();
            cases.addUnique(c);
        }
        return c;
    }

    /** Gives a case its own resource (file), without adding it to the library's list of cases. */
    public void attach(Case c) {
        Optional<String> badId = CaseId.problem(c.getId());
        if (badId.isPresent()) {
            throw new IllegalArgumentException("Cannot add the case: " + badId.get());
        }
        if (c.eResource() != null && c.eResource().getContents().get(0) == c) {
            return;
        }
        URI uri = uri(caseFile(c));
        Map<URI, Resource> known = resourceSet instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
        Resource resource = known != null ? known.get(uri) : resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = resourceSet.createResource(uri);
            if (known != null) {
                known.put(uri, resource);
            }
        }
        removed.remove(resource);
        resource.getContents().clear();
        resource.getContents().add(c);
    }

    /**
     * The files a save would write and delete: every file is serialised before any file of the library is touched, so a
     * value that cannot be written (such as a character XML cannot hold) fails the whole save, and a dry run that calls
     * {@link #changes()} checks everything a real save does.
     */
    public record Changes(Set<Path> writes, Set<Path> deletes) {
        public boolean isEmpty() {
            return writes.isEmpty() && deletes.isEmpty();
        }
    }

    /** What {@link #save()} would do now, without writing anything. */
    public Changes changes() throws IOException {
        return changes(null);
    }

    /**
     * What {@link #save(Collection)} would do now: like {@link #changes()}, but of the case files only those of
     * {@code touched} are serialised and compared (all when {@code touched} is null), so that an import of one row into
     * a large library does not serialise every case to find the one it changed.
     */
    public Changes changes(Collection<Case> touched) throws IOException {
        return serialise(touched, null).changes();
    }

    /** A save's changes, with the digest of each file to be written, known once it is. */
    private record Serialised(Changes changes, Map<URI, byte[]> digests) {
    }

    /**
     * Serialises the library file and the case files (those of {@code touched}, or all), the case files on every core
     * ({@link SaveThreads}), and hands each file whose content changed to {@code staging} as soon as it is serialised
     * (none in a dry run), so that a save of thousands of cases never holds all their bytes.
     */
    private Serialised serialise(Collection<Case> touched, SaveJournal.Staging staging) throws IOException {
        Set<Resource> candidates = null;
        if (touched != null) {
            candidates = new HashSet<>();
            for (Case c : touched) {
                if (c.eContainer() == root) {
                    if (c.eResource() == null || c.eResource() == root.eResource()) {
                        attach(c);
                    }
                    candidates.add(c.eResource());
                }
            }
        }
        Set<Resource> cases = new LinkedHashSet<>();
        for (Case c : root.getCases()) {
            if (c.eResource() == null || c.eResource() == root.eResource()) {
                attach(c);
            }
            cases.add(c.eResource());
        }
        List<Resource> caseFiles = new ArrayList<>();
        for (Resource r : cases) {
            if (candidates == null || candidates.contains(r)) {
                caseFiles.add(r);
            }
        }
        Map<URI, byte[]> digests = new LinkedHashMap<>();
        byte[] libraryDigest = serialise(root.eResource(), staging);
        if (libraryDigest != null) {
            digests.put(root.eResource().getURI(), libraryDigest);
        }
        List<byte[]> caseDigests = SaveThreads.each(caseFiles, r -> serialise(r, staging));
        for (int i = 0; i < caseFiles.size(); i++) {
            if (caseDigests.get(i) != null) {
                digests.put(caseFiles.get(i).getURI(), caseDigests.get(i));
            }
        }
        Set<Path> writes = new LinkedHashSet<>();
        for (URI uri : digests.keySet()) {
            writes.add(Path.of(uri.toFileString()));
        }
        Set<Path> deletes = new LinkedHashSet<>();
        for (Resource r : resourceSet.getResources()) {
            if (r != root.eResource() && !cases.contains(r) && isCaseFile(r)) {
                deletes.add(Path.of(r.getURI().toFileString()));
            }
        }
        for (Resource r : removed) {
            deletes.add(Path.of(r.getURI().toFileString()));
        }
        return new Serialised(new Changes(writes, deletes), digests);
    }

    /** The digest of a resource's new content, staged when it differs from its file's; null when it does not. */
    private byte[] serialise(Resource r, SaveJournal.Staging staging) throws IOException {
        byte[] bytes = FileDigests.serialise(r);
        byte[] digest = FileDigests.digest(bytes);
        if (!onDisk.differs(r.getURI(), digest)) {
            return null;
        }
        Path file = Path.of(r.getURI().toFileString());
        refuseDamaged(file);
        if (staging != null) {
            staging.stage(file, bytes);
        }
        return digest;
    }

    /**
     * Writes the library file and the case files whose content changed, and deletes the files of cases no longer in
     * the library: all of it or, if anything fails or the process dies, none of it (see {@link SaveJournal}).
     *
     * @return what was written and deleted
     */
    public Changes save() throws IOException {
        return commit(null);
    }

    /**
     * Like {@link #save()}, with the case files compared limited to those of {@code touched} (the caller, such as an
     * import that knows which cases it added and changed, vouches that no other case changed).
     */
    public Changes save(Collection<Case> touched) throws IOException {
        return commit(Objects.requireNonNull(touched));
    }

    private Changes commit(Collection<Case> touched) throws IOException {
        Serialised serialised;
        try (SaveJournal.Staging staging = new SaveJournal.Staging(folder)) {
            serialised = serialise(touched, staging);
            staging.commit(serialised.changes().deletes());
        }
        Changes changes = serialised.changes();
        serialised.digests().forEach(onDisk::putDigest);
        for (Resource r : new ArrayList<>(resourceSet.getResources())) {
            if (r.getURI().isFile() && changes.deletes().contains(Path.of(r.getURI().toFileString()))) {
                resourceSet.getResources().remove(r);
                onDisk.forget(r.getURI());
            }
        }
        removed.clear();
        root.eResource().setModified(false);
        for (Case c : root.getCases()) {
            c.eResource().setModified(false);
        }
        return changes;
    }

    /** Writes one resource of this library atomically (when its content changed). */
    public void save(Resource resource) throws IOException {
        byte[] bytes = FileDigests.serialise(resource);
        byte[] digest = FileDigests.digest(bytes);
        Path file = Path.of(resource.getURI().toFileString());
        if (onDisk.differs(resource.getURI(), digest)) {
            refuseDamaged(file);
            SaveJournal.commit(folder, Map.of(file, bytes), Set.of());
            onDisk.putDigest(resource.getURI(), digest);
        }
        resource.setModified(false);
    }

    private void refuseDamaged(Path file) throws IOException {
        Optional<LoadProblem> damaged = problemWith(file);
        if (damaged.isPresent()) {
            throw new IOException(file + " could not be read when the library was opened and is never written over ("
                    + damaged.get().message() + "); repair or remove it first");
        }
    }

    private boolean isCaseFile(Resource r) {
        URI uri = r.getURI();
        return uri.isFile() && Path.of(uri.toFileString()).getParent().equals(folder.resolve(CASES_DIR));
    }

    /** Registers the XMI factory and the model package on a resource set, so it works with or without OSGi. */
    public static void configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(CoprodPackage.eNS_URI, CoprodPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new IndexedXmi());
        if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() == null) {
            // Finding a case's resource by URI must not scan every resource: that made opening and importing quadratic.
            impl.setURIResourceMap(new HashMap<>());
        }
        resourceSet.getLoadOptions().putAll(loadOptions());
    }

    /** Load options: no DOCTYPE at all, so external entities can never be fetched or expanded. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        return options;
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        return options;
    }

    static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }
}
