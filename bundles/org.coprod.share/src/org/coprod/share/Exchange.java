package org.coprod.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.core.Library;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.osgi.util.NLS;

/**
 * What a shared library exchanges with its remote: clone, pull (fetch, then the model-aware merge of {@link Pull}) and
 * push. Messages say what happened and what to do, and never hold a token: addresses in them are shown without secrets.
 */
public final class Exchange {

    private Exchange() {
    }

    /** Clones a shared library into a new folder; the address is kept without any secret typed into it. */
    public static SharedLibrary clone(String address, Path folder, Credentials credentials, ProgressMonitor monitor) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new ShareException(NLS.bind(Messages.Clone_notEmpty, dir));
        }
        RemoteAddress remote = RemoteAddress.of(address);
        Credentials login = remote.typed().isEmpty() ? credentials : remote.typed();
        try (Git git = Git.cloneRepository().setURI(remote.kept().toString()).setDirectory(dir.toFile()).setBranch(SharedLibrary.BRANCH)
                .setCredentialsProvider(login.provider()).setTransportConfigCallback(SshSessions.CALLBACK).setProgressMonitor(monitor)
                .setNoCheckout(true).call()) {
            // The files are checked out only once Git is told to keep their bytes (no line-end conversion).
            SharedLibrary.keepBytes(git);
            if (git.getRepository().resolve(Constants.HEAD) != null) {
                git.reset().setMode(ResetType.HARD).call();
            }
            if (!Files.isRegularFile(dir.resolve(Library.LIBRARY_FILE))) {
                throw new ShareException(NLS.bind(Messages.Clone_noLibrary, new Object[] {RemoteAddress.shown(address), Library.LIBRARY_FILE, dir}));
            }
            // The clone writes its index in the same moments as the files, so every entry is "racily clean" and each
            // status would read every case file again; adding the unchanged tree once records the files' times.
            git.add().addFilepattern(".").call();
        } catch (TransportException e) {
            throw transport(Messages.Transport_clone, address, e);
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Transport_clone, RemoteAddress.shown(address), clean(e.getMessage(), address)), e);
        }
        return SharedLibrary.open(dir);
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Fetches the remote and merges it into the library case by case and field by field. With conflicts, nothing in
     * the library changes: the conflicts are returned and kept for {@link #resolve}; {@link #abort} cancels.
     * With a pull already waiting for answers, nothing is fetched: the pull goes on with the answers given.
     */
    public static PullResult pull(SharedLibrary library, Credentials credentials, PersonIdent who, ProgressMonitor monitor)
            throws IOException {
        Repository repo = library.git().getRepository();
        PullState state = PullState.read(Pull.gitDir(repo));
        if (state == null) {
            refuseDirty(library, "pull");
            fetch(library, credentials, monitor);
            ObjectId theirs = repo.resolve(Constants.R_REMOTES + SharedLibrary.REMOTE + "/" + SharedLibrary.BRANCH);
            if (theirs == null || theirs.equals(repo.resolve(Constants.R_HEADS + SharedLibrary.BRANCH))) {
                return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), List.of(), null);
            }
            state = Pull.start(repo, Constants.R_HEADS + SharedLibrary.BRANCH, theirs);
            if (state == null) {
                return new PullResult(PullResult.Outcome.UP_TO_DATE, List.of(), List.of(), null);
            }
        } else {
            refuseMoved(library, state);
        }
        return Pull.go(library.git(), state, who);
    }

    /** Answers one conflict of the pull waiting for answers, and finishes the pull when it was the last. */
    public static PullResult resolve(SharedLibrary library, String caseId, String feature, Side side, PersonIdent who)
            throws IOException {
        Repository repo = library.git().getRepository();
        PullState state = PullState.read(Pull.gitDir(repo));
        if (state == null) {
            throw new ShareException(Messages.Pull_noneWaiting);
        }
        refuseMoved(library, state);
        List<Conflict> open = MergePlan.of(repo, state).conflicts;
        if (open.stream().noneMatch(c -> c.names(caseId, feature))) {
            List<String> known = new ArrayList<>();
            open.forEach(c -> known.add(c.caseId() + " " + c.feature()));
            throw new ShareException(NLS.bind(Messages.Pull_noSuchConflict, new Object[] {caseId, feature, String.join("; ", known)}));
        }
        state.answer(caseId, feature, side);
        return Pull.go(library.git(), state, who);
    }

    /** Answers several conflicts of the pull waiting for answers at once (the Merge dialog's), then goes on with it. */
    public static PullResult resolve(SharedLibrary library, Map<Conflict, Side> answers, PersonIdent who) throws IOException {
        Repository repo = library.git().getRepository();
        PullState state = PullState.read(Pull.gitDir(repo));
        if (state == null) {
            throw new ShareException(Messages.Pull_noneWaiting);
        }
        refuseMoved(library, state);
        answers.forEach((c, side) -> state.answer(c.caseId(), c.feature(), side));
        return Pull.go(library.git(), state, who);
    }

    /** The conflicts of the pull waiting for answers (none when no pull waits). */
    public static List<Conflict> openConflicts(SharedLibrary library) throws IOException {
        Repository repo = library.git().getRepository();
        PullState state = PullState.read(Pull.gitDir(repo));
        return state == null ? List.of() : List.copyOf(MergePlan.of(repo, state).conflicts);
    }

    /** Cancels the pull waiting for answers: the library is exactly as before it (it was never changed). */
    public static boolean abort(SharedLibrary library) throws IOException {
        Path gitDir = Pull.gitDir(library.git().getRepository());
        PullState state = PullState.read(gitDir);
        if (state == null) {
            return false;
        }
        if (state.phase != PullState.Phase.PENDING) {
            throw new ShareException(Messages.Pull_writing);
        }
        PullState.delete(gitDir);
        return true;
    }

    /** Pushes the branch; says clearly when the remote has moved on (pull first) or refused. */
    public static void push(SharedLibrary library, Credentials credentials, ProgressMonitor monitor) throws IOException {
        library.refusePending("push");
        String address = library.git().getRepository().getConfig().getString("remote", SharedLibrary.REMOTE, "url");
        if (address == null) {
            throw ShareException.advising(Messages.Push_noRemote, NextStep.ADD_REMOTE);
        }
        Iterable<PushResult> results;
        try {
            RefSpec branch = new RefSpec(Constants.R_HEADS + SharedLibrary.BRANCH);
            results = library.git().push().setRemote(SharedLibrary.REMOTE).setRefSpecs(branch)
                    .setCredentialsProvider(credentials.provider()).setTransportConfigCallback(SshSessions.CALLBACK)
                    .setProgressMonitor(monitor).call();
        } catch (TransportException e) {
            throw transport(Messages.Transport_push, address, e);
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Transport_push, RemoteAddress.shown(address), clean(e.getMessage(), address)), e);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw ShareException.advising(Messages.Push_behind, NextStep.PULL);
                    default -> throw new ShareException(update.getMessage() == null ? NLS.bind(Messages.Push_refused, update.getStatus())
                            : NLS.bind(Messages.Push_refusedBecause, update.getStatus(), clean(update.getMessage(), address)));
                }
            }
        }
        // A push moves the remote-tracking ref itself, so ahead/behind is right without another fetch.
    }

    private static void fetch(SharedLibrary library, Credentials credentials, ProgressMonitor monitor) throws IOException {
        String address = library.git().getRepository().getConfig().getString("remote", SharedLibrary.REMOTE, "url");
        if (address == null) {
            throw ShareException.advising(Messages.Pull_noRemote, NextStep.ADD_REMOTE);
        }
        try {
            library.git().fetch().setRemote(SharedLibrary.REMOTE).setCredentialsProvider(credentials.provider())
                    .setTransportConfigCallback(SshSessions.CALLBACK).setProgressMonitor(monitor).call();
        } catch (TransportException e) {
            throw transport(Messages.Transport_pull, address, e);
        } catch (GitAPIException e) {
            throw new ShareException(NLS.bind(Messages.Transport_pull, RemoteAddress.shown(address), clean(e.getMessage(), address)), e);
        }
    }

    /** Refuses to pull over changes not yet committed: a pull never writes over the user's work. */
    static void refuseDirty(SharedLibrary library, String what) throws IOException {
        LibraryStatus status = library.status();
        if (status.isClean()) {
            return;
        }
        List<String> names = new ArrayList<>();
        status.cases().forEach(c -> names.add(c.name()));
        if (status.libraryFileChanged()) {
            names.add(Messages.Dirty_libraryFile);
        }
        names.addAll(status.otherFiles());
        String shown = names.size() > 5 ? NLS.bind(Messages.Dirty_more, String.join(", ", names.subList(0, 5)), names.size() - 5)
                : String.join(", ", names);
        throw ShareException.advising(Messages.Refused_dirty, Messages.step(what), shown, NextStep.COMMIT);
    }

    private static void refuseMoved(SharedLibrary library, PullState state) throws IOException {
        Repository repo = library.git().getRepository();
        if (!state.mine.equals(repo.resolve(state.branch))) {
            throw ShareException.advising(Messages.Refused_moved, NextStep.CANCEL_PULL);
        }
        refuseDirty(library, "go on with the pull");
    }

    /**
     * A transport error in words: a refused host key or login gets a sentence of ours; anything else is Git's own
     * (English) message from JGit, which has no translations, inside our translated "Cannot pull from …" sentence.
     */
    private static ShareException transport(String cannot, String address, TransportException e) {
        String message = clean(e.getMessage(), address);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("server key did not validate") || lower.contains("known hosts")) {
            return new ShareException(NLS.bind(Messages.Transport_hostUnknown, RemoteAddress.shown(address)), e);
        }
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("401") || lower.contains("403")) {
            return new ShareException(NLS.bind(Messages.Transport_login, RemoteAddress.shown(address)), e);
        }
        return new ShareException(NLS.bind(cannot, RemoteAddress.shown(address), message), e);
    }

    /** A message from Git with any secret in an address removed. */
    static String clean(String message, String address) {
        String m = message == null ? "" : RemoteAddress.shown(message);
        String shown = RemoteAddress.shown(address);
        return address == null || shown.equals(address) ? m : m.replace(address, shown);
    }
}
