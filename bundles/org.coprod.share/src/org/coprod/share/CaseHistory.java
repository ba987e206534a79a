package org.coprod.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The commits that changed one case's file, newest first, each with its changes field by field: computed by merging
 * each version into the one before it ({@link FileMerge#changes}), so history and merge read the model the same way.
 * A merge commit is compared with its first parent: what the merge brought into this library. The walk is in commit
 * time order, newest first.
 */
final class CaseHistory {

    private CaseHistory() {
    }

    static List<CaseVersion> of(Git git, String caseId) throws IOException {
        Repository repo = git.getRepository();
        String path = Library.CASES_DIR + "/" + caseId + Library.CASE_FILE_SUFFIX;
        Path workTree = repo.getWorkTree().toPath();
        List<CaseVersion> versions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return versions;
            }
            // Every commit whose version differs from its first parent's: Git's own simplified history would skip
            // the side of a merge whose change the merge did not keep, and that is the change a user looks for.
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                ObjectId afterId = blobId(reader, commit.getTree(), path);
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                ObjectId beforeId = parent == null ? null : blobId(reader, parent.getTree(), path);
                if (afterId == null ? beforeId == null : afterId.equals(beforeId)) {
                    continue;
                }
                byte[] before = beforeId == null ? null : reader.open(beforeId).getBytes();
                List<FieldChange> changes = afterId == null
                        ? List.of(new FieldChange(Conflict.WHOLE_CASE, CaseNames.of(before, caseId), null))
                        : FileMerge.changes(workTree, path, before, reader.open(afterId).getBytes());
                versions.add(new CaseVersion(commit.name(), commit.getAuthorIdent().getName(),
                        commit.getAuthorIdent().getWhenAsInstant(), commit.getFullMessage().strip(), commit.getParentCount() > 1, changes));
            }
        }
        return versions;
    }

    private static ObjectId blobId(ObjectReader reader, RevTree tree, String path) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(reader, path, tree)) {
            return entry == null ? null : entry.getObjectId(0);
        }
    }
}
