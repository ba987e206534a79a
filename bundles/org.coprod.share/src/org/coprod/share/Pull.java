package org.coprod.share;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.coprod.core.Library;
import org.coprod.core.format.FormatVersion;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

/**
 * A pull's steps after the fetch, in the order that keeps the library whole: the local state goes to a backup ref,
 * the record of the pull is written, the merge is computed from Git's objects alone, and only when every conflict is
 * answered is the merged commit made, recorded, and its files written. Cancelling before that leaves the library,
 * its branch and its index exactly as they were.
 */
final class Pull {

    static final String BACKUP_PREFIX = "refs/coprod/backup/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private Pull() {
    }

    /** Starts the merge of {@code theirs} into the branch's commit, or says the library is up to date. */
    static PullState start(Repository repo, String branch, ObjectId theirs) throws IOException {
        ObjectId mine = repo.resolve(branch);
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit m = walk.parseCommit(mine);
            RevCommit t = walk.parseCommit(theirs);
            if (walk.isMergedInto(t, m)) {
                return null;
            }
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(m);
            walk.markStart(t);
            RevCommit base = walk.next();
            if (base == null) {
                throw new ShareException(Messages.Pull_unrelated);
            }
            refuseNewer(repo, t);
            PullState state = new PullState(branch, mine, theirs, base, backup(repo, mine));
            state.write(gitDir(repo));
            return state;
        }
    }

    /** Refuses, before anything is written, a remote library whose format this workbench cannot read. */
    private static void refuseNewer(Repository repo, RevCommit theirs) throws IOException {
        try (ObjectReader reader = repo.newObjectReader();
                TreeWalk entry = TreeWalk.forPath(reader, Library.LIBRARY_FILE, theirs.getTree())) {
            if (entry == null) {
                throw new ShareException(NLS.bind(Messages.Pull_notALibrary, Library.LIBRARY_FILE));
            }
            int version = FormatVersion.declaredBy(reader.open(entry.getObjectId(0)).getBytes());
            if (version > FormatVersion.CURRENT) {
                throw new ShareException(NLS.bind(Messages.Pull_newer, version, FormatVersion.CURRENT));
            }
        }
    }

    /** Keeps the local state on a new ref under {@value #BACKUP_PREFIX}, named by the time. */
    static String backup(Repository repo, ObjectId commit) throws IOException {
        String name = BACKUP_PREFIX + STAMP.format(Instant.now());
        for (int n = 2; repo.exactRef(name) != null; n++) {
            name = BACKUP_PREFIX + STAMP.format(Instant.now()) + "-" + n;
        }
        RefUpdate update = repo.updateRef(name);
        update.setNewObjectId(commit);
        update.setExpectedOldObjectId(ObjectId.zeroId());
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW) {
            throw new ShareException(NLS.bind(Messages.Pull_noBackup, result));
        }
        return name;
    }

    /**
     * Merges with the answers recorded so far: with conflicts left, records the state and changes nothing else;
     * otherwise makes the merged commit and writes its files.
     */
    static PullResult go(Git git, PullState state, PersonIdent who) throws IOException {
        Repository repo = git.getRepository();
        MergePlan plan = MergePlan.of(repo, state);
        if (!plan.conflicts.isEmpty()) {
            state.write(gitDir(repo));
            return new PullResult(PullResult.Outcome.CONFLICTS, List.of(), List.copyOf(plan.conflicts), state.backup);
        }
        state.target = state.base.equals(state.mine) ? state.theirs : commit(repo, state, plan.writes, who);
        state.phase = PullState.Phase.WRITING;
        state.write(gitDir(repo));
        return finish(git, state);
    }

    /** Writes the merged commit's files, moves the branch and removes the record: also what repairs a killed pull. */
    static PullResult finish(Git git, PullState state) throws IOException {
        Repository repo = git.getRepository();
        List<String> paths = WorkingTree.move(git, state.branch, state.mine, state.target);
        PullState.delete(gitDir(repo));
        return new PullResult(PullResult.Outcome.MERGED, paths.stream().map(FileMerge::owner).distinct().toList(), List.of(),
                state.backup);
    }

    static ObjectId commit(Repository repo, PullState state, Map<String, byte[]> writes, PersonIdent who) throws IOException {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
                ObjectInserter inserter = repo.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, walk.parseCommit(state.mine).getTree());
            builder.finish();
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, byte[]> e : writes.entrySet()) {
                if (e.getValue() == null) {
                    editor.add(new DirCacheEditor.DeletePath(e.getKey()));
                    continue;
                }
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, e.getValue());
                editor.add(new DirCacheEditor.PathEdit(e.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentIds(state.mine, state.theirs);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("Merge the shared library (" + writes.size() + " files merged by case and field)");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    static Path gitDir(Repository repo) {
        return repo.getDirectory().toPath();
    }
}
