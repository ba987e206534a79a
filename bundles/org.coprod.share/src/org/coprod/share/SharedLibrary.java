package org.coprod.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.coprod.core.AtomicFile;
import org.coprod.core.Library;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

/**
 * A library folder that is also a Git repository: sharing, status by case, commits and history. Pull and push, which
 * talk to the remote, are in {@link Exchange}. The core knows nothing of this: a shared library opens like any other.
 * <p>
 * {@link #open} first repairs a pull that a killed process or a power cut interrupted while it wrote the merged files.
 */
public final class SharedLibrary implements AutoCloseable {

    public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
    public static final String BRANCH = "main";
    /** Derived data and a running workbench's files: rebuilt or recreated, never shared. */
    static final List<String> IGNORED = List.of(".index/", ".summaries", ".recovery/", ".lock", ".saving-journal", "*.saving");

    private final Git git;
    private final Path folder;
    private final String repaired;

    private SharedLibrary(Git git, String repaired) {
        this.git = git;
        this.folder = git.getRepository().getWorkTree().toPath();
        this.repaired = repaired;
    }

    /** Whether a library folder is shared (is a Git repository of its own). */
    public static boolean isShared(Path folder) {
        return Files.isDirectory(folder.resolve(Constants.DOT_GIT));
    }

    /** Puts a library under Git, ignoring its derived data, and commits it as it is, with an optional remote. */
    public static SharedLibrary init(Path folder, String remote, PersonIdent who) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(Library.LIBRARY_FILE))) {
            throw new ShareException(NLS.bind(Messages.Init_notLibrary, dir, Library.LIBRARY_FILE));
        }
        if (isShared(dir)) {
            throw new ShareException(NLS.bind(Messages.Init_already, dir));
        }
        RemoteAddress address = remote == null ? null : RemoteAddress.of(remote);
        try {
            Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(BRANCH).call();
            keepBytes(git);
            writeIgnores(dir);
            SharedLibrary shared = new SharedLibrary(git, null);
            shared.commit("Share the library", who);
            if (address != null) {
                shared.setRemote(address);
            }
            return shared;
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Init_failed, dir, e.getMessage()), e);
        }
    }

    /**
     * Case files go in and out of Git byte for byte, whatever the user's own Git settings say about line ends: the
     * workbench writes LF everywhere and tells a changed file by its bytes.
     */
    static void keepBytes(Git git) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, "false");
        config.save();
    }

    private static void writeIgnores(Path dir) throws IOException {
        Path file = dir.resolve(Constants.GITIGNORE_FILENAME);
        Set<String> present = new TreeSet<>();
        StringBuilder text = new StringBuilder();
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            present.addAll(old.lines().map(String::strip).toList());
            text.append(old).append(old.isEmpty() || old.endsWith("\n") ? "" : "\n");
        }
        for (String pattern : IGNORED) {
            if (!present.contains(pattern)) {
                text.append(pattern).append('\n');
            }
        }
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets the remote the library pushes to and pulls from (replacing the one it had): for a library shared without one,
     * or one whose remote moved. A password typed in the address is not stored.
     */
    public void remote(String address) throws IOException {
        setRemote(RemoteAddress.of(address));
    }

    void setRemote(RemoteAddress address) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "url", address.kept().toString());
        config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE, Constants.R_HEADS + BRANCH);
        config.save();
    }

    /** Opens a shared library, finishing first a pull that was interrupted while it wrote the merged files. */
    public static SharedLibrary open(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!isShared(dir)) {
            throw ShareException.advising(Messages.Open_notShared, dir, NextStep.SHARE);
        }
        Git git = Git.open(dir.toFile());
        try {
            return new SharedLibrary(git, repair(git));
        } catch (IOException | RuntimeException e) {
            git.close();
            throw e;
        }
    }

    private static String repair(Git git) throws IOException {
        Path gitDir = Pull.gitDir(git.getRepository());
        PullState state;
        try {
            state = PullState.read(gitDir);
        } catch (ShareException e) {
            // The record is written atomically, so only a foreign or damaged file reads so: no merged file was written.
            PullState.delete(gitDir);
            return NLS.bind(Messages.Repaired_unreadable, e.getMessage());
        }
        if (state == null || state.phase == PullState.Phase.PENDING) {
            return null;
        }
        PullResult done = Pull.finish(git, state);
        return NLS.bind(Messages.Repaired_finished, done.changed().size(), state.backup);
    }

    /** What {@link #open} repaired, if anything: say it to the user. */
    public Optional<String> repaired() {
        return Optional.ofNullable(repaired);
    }

    /** The address of the remote (as kept, without secrets), if the library has one. */
    public Optional<String> remote() {
        return Optional.ofNullable(git.getRepository().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "url"));
    }

    public Path folder() {
        return folder;
    }

    Git git() {
        return git;
    }

    /** The cases (by name), library file and other files changed since the last commit, and ahead/behind the remote. */
    public LibraryStatus status() throws IOException {
        Status status;
        try {
            status = git.status().call();
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Status_failed, folder, e.getMessage()), e);
        }
        Set<String> added = new TreeSet<>(status.getUntracked());
        added.addAll(status.getAdded());
        Set<String> deleted = new TreeSet<>(status.getMissing());
        deleted.addAll(status.getRemoved());
        Set<String> changed = new TreeSet<>(status.getModified());
        changed.addAll(status.getChanged());
        changed.addAll(status.getConflicting());
        List<LibraryStatus.ChangedCase> cases = new ArrayList<>();
        List<String> other = new ArrayList<>();
        boolean libraryFile = false;
        for (Set<String> paths : List.of(added, changed, deleted)) {
            LibraryStatus.Kind kind = paths == added ? LibraryStatus.Kind.ADDED
                    : paths == deleted ? LibraryStatus.Kind.DELETED : LibraryStatus.Kind.CHANGED;
            for (String path : paths) {
                String owner = FileMerge.owner(path);
                if (owner.equals(Conflict.LIBRARY)) {
                    libraryFile = true;
                } else if (owner.equals(path)) {
                    other.add(path);
                } else {
                    byte[] content = kind == LibraryStatus.Kind.DELETED ? committed(path) : read(folder.resolve(path));
                    cases.add(new LibraryStatus.ChangedCase(owner, CaseNames.of(content, owner), kind));
                }
            }
        }
        int ahead = -1;
        int behind = -1;
        BranchTrackingStatus tracking = BranchTrackingStatus.of(git.getRepository(), BRANCH);
        if (tracking != null) {
            ahead = tracking.getAheadCount();
            behind = tracking.getBehindCount();
        }
        boolean pending = Files.exists(PullState.file(Pull.gitDir(git.getRepository())));
        return new LibraryStatus(cases, libraryFile, other, ahead, behind, pending);
    }

    /** Commits ahead of and behind the remote as of the last fetch or push ({@code {ahead, behind}}), without reading files. */
    public Optional<int[]> tracking() throws IOException {
        BranchTrackingStatus tracking = BranchTrackingStatus.of(git.getRepository(), BRANCH);
        return tracking == null ? Optional.empty() : Optional.of(new int[] {tracking.getAheadCount(), tracking.getBehindCount()});
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] committed(String path) throws IOException {
        Repository repo = git.getRepository();
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
                TreeWalk entry = TreeWalk.forPath(reader, path, walk.parseCommit(head).getTree())) {
            return entry == null ? null : reader.open(entry.getObjectId(0)).getBytes();
        }
    }

    /**
     * Commits every change of the library's files (new, changed and deleted cases) as {@code who}.
     *
     * @throws ShareException when there is nothing to commit or a pull is waiting for answers
     */
    public RevCommit commit(String message, PersonIdent who) throws IOException {
        if (message == null || message.isBlank()) {
            throw new ShareException(Messages.Commit_noMessage);
        }
        refusePending("commit");
        try {
            // One walk of the working tree finds what changed; adding only that keeps a commit in a large library fast.
            Status status = git.status().call();
            Set<String> added = new TreeSet<>(status.getUntracked());
            added.addAll(status.getModified());
            Set<String> gone = status.getMissing();
            boolean first = git.getRepository().resolve(Constants.HEAD) == null;
            if (added.isEmpty() && gone.isEmpty() && status.getUncommittedChanges().isEmpty() && !first) {
                throw new ShareException(Messages.Commit_nothing);
            }
            if (!added.isEmpty()) {
                AddCommand add = git.add();
                added.forEach(add::addFilepattern);
                add.call();
            }
            if (!gone.isEmpty()) {
                RmCommand rm = git.rm().setCached(true);
                gone.forEach(rm::addFilepattern);
                rm.call();
            }
            return git.commit().setMessage(message.strip()).setAuthor(who).setCommitter(who).call();
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Commit_failed, e.getMessage()), e);
        }
    }

    void refusePending(String what) throws IOException {
        if (Files.exists(PullState.file(Pull.gitDir(git.getRepository())))) {
            throw ShareException.advising(Messages.Refused_pending, Messages.step(what), NextStep.RESOLVE, NextStep.CANCEL_PULL);
        }
    }

    /** The commits that changed a case, newest first, with their changes field by field. */
    public List<CaseVersion> history(String caseId) throws IOException {
        return CaseHistory.of(git, caseId);
    }

    /**
     * The commit that last added an element to a case, such as a typology coding ({@code codings[bovaird.P2-D2]}) or a
     * segment ({@code segments[<id>]}): who coded it and when. A merge that brought the element in is passed over, so
     * the answer is the commit of the person who made it; empty when no commit added it (or the history was cut).
     */
    public Optional<CaseVersion> whoAdded(String caseId, String element) throws IOException {
        for (CaseVersion v : history(caseId)) {
            if (!v.merge() && v.changes().stream().anyMatch(c -> c.feature().equals(element) && c.before() == null)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The backups pulls made of the local state, newest first (ref names under {@code refs/coprod/backup/}). */
    public List<String> backups() throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref ref : git.getRepository().getRefDatabase().getRefsByPrefix(Pull.BACKUP_PREFIX)) {
            names.add(ref.getName());
        }
        names.sort(Comparator.reverseOrder());
        return names;
    }

    /**
     * Returns the library to a backup: its files and branch become the backup's again. The state left is itself kept
     * as a new backup first, and a library with uncommitted changes is refused, so nothing is lost either way.
     *
     * @return what changed, named as in {@link PullResult#changed()}: case ids, {@link Conflict#LIBRARY}, other paths
     */
    public List<String> returnTo(String backup) throws IOException {
        refusePending("return to a backup");
        Exchange.refuseDirty(this, "return to a backup");
        Repository repo = git.getRepository();
        Ref ref = repo.exactRef(backup);
        if (ref == null || !backup.startsWith(Pull.BACKUP_PREFIX)) {
            throw ShareException.advising(Messages.Backup_unknown, backup, NextStep.LIST_BACKUPS);
        }
        ObjectId now = repo.resolve(Constants.R_HEADS + BRANCH);
        Pull.backup(repo, now);
        List<String> paths = WorkingTree.move(git, Constants.R_HEADS + BRANCH, now, ref.getObjectId());
        return paths.stream().map(FileMerge::owner).distinct().toList();
    }

    @Override
    public void close() {
        git.close();
    }
}
