package org.coprod.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads the case files of a library folder, each into a resource of its own, and reads again those changed on disk; a
 * file that cannot be read, or that holds a case of another id than its name, is reported and forgotten, so that nothing
 * ever saves over it.
 */
final class CaseFiles {

    private CaseFiles() {
    }

    /** Reads every case file of the folder ({@code only} null), or those of the cases with the ids in {@code only}. */
    static void load(Path dir, ResourceSet resourceSet, CaseLibrary root, FileDigests digests, List<LoadProblem> problems,
            Collection<String> only) throws LibraryException {
        // Adding without the list's uniqueness check keeps opening linear in the number of cases.
        @SuppressWarnings("unchecked")
        InternalEList<Case> cases = (InternalEList<Case>) root.getCases();
        for (Path caseFile : only == null ? list(dir) : files(dir, only)) {
            Case c = read(caseFile, resourceSet, digests, problems);
            if (c != null) {
                cases.addUnique(c);
            }
        }
    }

    /**
     * Reads again the files of the cases with these ids, changed on disk by another program (a pull): each case read
     * takes the place of the one held, a case whose file is gone leaves the library, a new file's case joins it. The
     * replaced case's resource is unloaded, so references to it from other cases (a family's parent, a relation)
     * resolve to the case read now. A file that cannot be read is reported, and its case leaves, as at opening.
     */
    static Library.Reread reread(Path dir, ResourceSet resourceSet, CaseLibrary root, FileDigests digests, List<LoadProblem> problems,
            Collection<String> ids) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < root.getCases().size(); i++) {
            at.putIfAbsent(root.getCases().get(i).getId(), i);
        }
        Map<URI, Resource> known = resourceSet instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
        List<Case> read = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        Set<Integer> emptied = new TreeSet<>(Comparator.reverseOrder());
        for (String id : new LinkedHashSet<>(ids)) {
            Path file = dir.resolve(Library.CASES_DIR).resolve(id + Library.CASE_FILE_SUFFIX);
            URI uri = Library.uri(file);
            problems.removeIf(p -> p.file().equals(file));
            Resource old = known != null ? known.get(uri) : resourceSet.getResource(uri, false);
            if (old != null) {
                old.unload();
                resourceSet.getResources().remove(old);
                if (known != null) {
                    known.remove(uri);
                }
                digests.forget(uri);
            }
            Case c = Files.isRegularFile(file) ? read(file, resourceSet, digests, problems) : null;
            Integer place = at.get(id);
            if (c != null) {
                read.add(c);
                if (place != null) {
                    root.getCases().set(place, c);
                } else {
                    root.getCases().add(c);
                }
            } else if (place != null) {
                gone.add(id);
                emptied.add(place);
            }
        }
        for (int place : emptied) {
            root.getCases().remove(place); // from the end, so the other places stay right
        }
        return new Library.Reread(read, gone);
    }

    /** Reads one case file into a resource of its own; null (the problem noted, the resource dropped) when it cannot. */
    private static Case read(Path caseFile, ResourceSet resourceSet, FileDigests digests, List<LoadProblem> problems) {
        Map<URI, Resource> known = resourceSet instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
        Resource resource = resourceSet.createResource(Library.uri(caseFile));
        if (known != null) {
            known.put(resource.getURI(), resource);
        }
        try {
            byte[] digest = load(resource, caseFile);
            if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Case c)) {
                throw new IOException("it does not hold exactly one case");
            }
            if (!caseFile.getFileName().toString().equals(c.getId() + Library.CASE_FILE_SUFFIX)) {
                // Another file's case under a second name would shadow it (or be shadowed) at random.
                throw new IOException("it holds the case '" + c.getId() + "', but a case file is named after its case's id ("
                        + c.getId() + Library.CASE_FILE_SUFFIX + ")");
            }
            digests.putDigest(resource.getURI(), digest);
            return c;
        } catch (IOException | RuntimeException e) {
            problems.add(problem(caseFile, resource, e));
            resource.unload();
            resourceSet.getResources().remove(resource);
            if (known != null) {
                known.remove(resource.getURI());
            }
            return null;
        }
    }

    /** Loads a resource from its file and returns the digest of the bytes read. */
    static byte[] load(Resource resource, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        resource.load(new ByteArrayInputStream(bytes), Library.loadOptions());
        return FileDigests.digest(bytes);
    }

    static LoadProblem problem(Path file, Resource resource, Exception e) {
        for (Resource.Diagnostic d : resource.getErrors()) {
            return new LoadProblem(file, d.getLine(), d.getColumn(), d.getMessage());
        }
        return new LoadProblem(file, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** The files of the cases with these ids that exist, in id order. */
    private static List<Path> files(Path dir, Collection<String> ids) {
        return new TreeSet<>(ids).stream().map(id -> dir.resolve(Library.CASES_DIR).resolve(id + Library.CASE_FILE_SUFFIX))
                .filter(Files::isRegularFile).toList();
    }

    private static List<Path> list(Path dir) throws LibraryException {
        Path cases = dir.resolve(Library.CASES_DIR);
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cases)) {
            return files.filter(p -> p.getFileName().toString().endsWith(Library.CASE_FILE_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new LibraryException("Cannot list " + cases + ": " + e.getMessage(), e);
        }
    }
}
