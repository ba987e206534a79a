package org.coprod.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What a pull would change in the library: for every file the other side changed since the common ancestor, its
 * merged content, and the conflicts still unanswered. Computed from Git's objects alone; nothing is written.
 * Files only the local side changed are never read, so a pull into a large library costs what the other side changed.
 */
final class MergePlan {

    /** Library-relative path to merged content (null: delete), for the files that differ from the local commit. */
    final Map<String, byte[]> writes = new LinkedHashMap<>();
    final List<Conflict> conflicts = new ArrayList<>();

    private MergePlan() {
    }

    static MergePlan of(Repository repo, PullState state) throws IOException {
        MergePlan plan = new MergePlan();
        Path workTree = repo.getWorkTree().toPath();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            tree.addTree(walk.parseCommit(state.base).getTree());
            tree.addTree(walk.parseCommit(state.mine).getTree());
            tree.addTree(walk.parseCommit(state.theirs).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                ObjectId b = id(tree, 0);
                ObjectId m = id(tree, 1);
                ObjectId t = id(tree, 2);
                if (same(t, b) || same(m, t)) {
                    continue;
                }
                String path = tree.getPathString();
                if (same(m, b)) {
                    plan.writes.put(path, bytes(reader, t));
                    continue;
                }
                String owner = FileMerge.owner(path);
                FileMerge.Outcome merged = FileMerge.merge(workTree, path, bytes(reader, b), bytes(reader, m), bytes(reader, t),
                        state.answersFor(owner));
                plan.conflicts.addAll(merged.conflicts());
                if (!same(m, merged.content() == null ? null : hash(merged.content()))) {
                    plan.writes.put(path, merged.content());
                }
            }
        }
        return plan;
    }

    /** The case ids (and {@link Conflict#LIBRARY}) whose files the plan changes, for reindexing. */
    List<String> owners() {
        List<String> owners = new ArrayList<>();
        writes.keySet().forEach(p -> owners.add(FileMerge.owner(p)));
        return owners;
    }

    private static ObjectId id(TreeWalk tree, int n) {
        return tree.getRawMode(n) == FileMode.TYPE_MISSING ? null : tree.getObjectId(n);
    }

    private static boolean same(ObjectId a, ObjectId b) {
        return a == null ? b == null : a.equals(b);
    }

    private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
        return id == null ? null : reader.open(id, Constants.OBJ_BLOB).getBytes();
    }

    private static ObjectId hash(byte[] content) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, content);
        }
    }
}
