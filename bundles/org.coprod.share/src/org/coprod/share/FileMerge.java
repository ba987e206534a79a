package org.coprod.share;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * The merge of one file of a library changed on both sides: a case file or the library file through their models
 * ({@link ModelMerge}), any other file (a document's text) whole. Each version is loaded from its bytes into a resource
 * set of its own under the file's real URI, so that references compare equal across versions and the merged model is
 * written exactly as the workbench writes it.
 */
final class FileMerge {

    /** The merged content (null: the file is deleted) and the conflicts still unanswered. */
    record Outcome(byte[] content, List<Conflict> conflicts, List<FieldChange> changes) {
    }

    private FileMerge() {
    }

    /** The case id a library-relative path holds, {@link Conflict#LIBRARY}, or the path itself for other files. */
    static String owner(String path) {
        if (path.equals(Library.LIBRARY_FILE)) {
            return Conflict.LIBRARY;
        }
        String prefix = Library.CASES_DIR + "/";
        if (path.startsWith(prefix) && path.endsWith(Library.CASE_FILE_SUFFIX) && path.indexOf('/', prefix.length()) < 0) {
            return path.substring(prefix.length(), path.length() - Library.CASE_FILE_SUFFIX.length());
        }
        return path;
    }

    static boolean isModel(String path) {
        return path.equals(Library.LIBRARY_FILE) || !owner(path).equals(path);
    }

    /**
     * Merges the three versions of the file at {@code path} (null for a version without the file).
     *
     * @param answers the side taken for each conflict of this file already answered, by feature path
     */
    static Outcome merge(Path workTree, String path, byte[] base, byte[] mine, byte[] theirs, Map<String, Side> answers)
            throws IOException {
        if (Arrays.equals(mine, theirs) || Arrays.equals(base, theirs)) {
            return new Outcome(mine, List.of(), List.of());
        }
        if (Arrays.equals(base, mine)) {
            return new Outcome(theirs, List.of(), List.of());
        }
        String owner = owner(path);
        if (!isModel(path) || mine == null || theirs == null) {
            String feature = isModel(path) ? Conflict.WHOLE_CASE : Conflict.WHOLE_FILE;
            Side side = answers.get(feature);
            if (side == null) {
                String common = base == null ? null : Messages.Value_common;
                return new Outcome(mine, List.of(new Conflict(owner, feature, common, state(mine, base), state(theirs, base))), List.of());
            }
            return new Outcome(side == Side.BASE ? base : side == Side.THEIRS ? theirs : mine, List.of(), List.of());
        }
        URI uri = URI.createFileURI(workTree.resolve(path).toAbsolutePath().normalize().toString());
        EObject m = load(mine, uri, path);
        EObject t = load(theirs, uri, path);
        EObject b = base == null ? EcoreUtil.create(t.eClass()) : load(base, uri, path);
        ModelMerge merge = new ModelMerge(owner, answers);
        merge.merge(b, m, t);
        return new Outcome(save(m.eResource()), List.copyOf(merge.conflicts()), List.copyOf(merge.changes()));
    }

    /** The changes from one version of a model file to the next, field by field (for a case's history). */
    static List<FieldChange> changes(Path workTree, String path, byte[] before, byte[] after) throws IOException {
        URI uri = URI.createFileURI(workTree.resolve(path).toAbsolutePath().normalize().toString());
        EObject t = load(after, uri, path);
        EObject b = before == null ? EcoreUtil.create(t.eClass()) : load(before, uri, path);
        EObject m = before == null ? EcoreUtil.create(t.eClass()) : load(before, uri, path);
        if (before == null) {
            new ResourceSetImpl().createResource(uri).getContents().add(m);
        }
        ModelMerge merge = new ModelMerge(owner(path), Map.of());
        merge.merge(b, m, t);
        return List.copyOf(merge.changes());
    }

    private static String state(byte[] version, byte[] base) {
        if (version == null) {
            return base == null ? null : Messages.Value_deleted;
        }
        return Arrays.equals(version, base) ? Messages.Value_asItWas : NLS.bind(Messages.Value_changed, version.length);
    }

    static EObject load(byte[] bytes, URI uri, String path) throws IOException {
        ResourceSet set = new ResourceSetImpl();
        Library.configure(set);
        Resource resource = set.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(bytes), Library.loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new ShareException(NLS.bind(Messages.Merge_unreadable, path, e.getMessage()), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new ShareException(NLS.bind(Messages.Merge_noModel, path));
        }
        return resource.getContents().get(0);
    }

    static byte[] save(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        resource.save(out, Library.saveOptions());
        return out.toByteArray();
    }
}
