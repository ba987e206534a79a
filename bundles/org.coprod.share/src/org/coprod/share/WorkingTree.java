package org.coprod.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;

/**
 * Moves a library's files and its branch from one commit to another: each file that differs is replaced atomically
 * (a reader sees the old content or the new, never half), then the branch and the index follow. Every step can be
 * repeated, so a move interrupted at any point is finished by doing it again.
 */
final class WorkingTree {

    private WorkingTree() {
    }

    /** The library-relative paths that differ between two commits. */
    static List<String> changedPaths(Repository repo, ObjectId from, ObjectId to) throws IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(from).getTree());
            tree.addTree(walk.parseCommit(to).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        }
        return paths;
    }

    /** Writes the files of {@code to} that differ from {@code from}, then points {@code branch} and the index at it. */
    static List<String> move(Git git, String branch, ObjectId from, ObjectId to) throws IOException {
        Repository repo = git.getRepository();
        Path root = repo.getWorkTree().toPath();
        List<String> paths = changedPaths(repo, from, to);
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit target = walk.parseCommit(to);
            for (String path : paths) {
                Path file = root.resolve(path);
                try (TreeWalk entry = TreeWalk.forPath(reader, path, target.getTree())) {
                    if (entry == null) {
                        Files.deleteIfExists(file);
                    } else {
                        writes.put(file, reader.open(entry.getObjectId(0)).getBytes());
                    }
                }
            }
        }
        FileWrites.write(writes);
        point(repo, branch, to);
        try {
            git.reset().setMode(ResetType.MIXED).call();
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Index_failed, e.getMessage()), e);
        }
        return paths;
    }

    private static void point(Repository repo, String branch, ObjectId to) throws IOException {
        ObjectId now = repo.resolve(branch);
        if (to.equals(now)) {
            return;
        }
        RefUpdate update = repo.updateRef(branch);
        update.setNewObjectId(to);
        update.setRefLogMessage("coprod share", false);
        RefUpdate.Result result = update.forceUpdate();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {
            }
            default -> throw new ShareException(NLS.bind(Messages.Branch_notMoved, new Object[] {Repository.shortenRefName(branch), to.abbreviate(8).name(), result}));
        }
    }
}
