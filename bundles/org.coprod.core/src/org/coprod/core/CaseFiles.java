package org.coprod.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads the case files of a library folder, each into a resource of its own; a file that cannot be read, or that holds
 * a case of another id than its name, is reported and forgotten, so that nothing ever saves over it.
 */
final class CaseFiles {

    private CaseFiles() {
    }

    static void load(Path dir, ResourceSet resourceSet, CaseLibrary root, FileDigests digests, List<LoadProblem> problems)
            throws LibraryException {
        // Adding without the list's uniqueness check keeps opening linear in the number of cases.
        @SuppressWarnings("unchecked")
        InternalEList<Case> cases = (InternalEList<Case>) root.getCases();
        Map<URI, Resource> known = resourceSet instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
        for (Path caseFile : list(dir)) {
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
                cases.addUnique(c);
                digests.putDigest(resource.getURI(), digest);
            } catch (IOException | RuntimeException e) {
                problems.add(problem(caseFile, resource, e));
                resource.unload();
                resourceSet.getResources().remove(resource);
            }
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
