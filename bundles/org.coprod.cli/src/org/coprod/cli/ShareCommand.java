package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.coprod.core.Library;
import org.coprod.share.CaseVersion;
import org.coprod.share.Conflict;
import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.FieldChange;
import org.coprod.share.LibraryStatus;
import org.coprod.share.PullResult;
import org.coprod.share.ShareException;
import org.coprod.share.SharedLibrary;
import org.coprod.share.Side;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.PersonIdent;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * {@code coprod share}: a library shared over Git. The token for an https remote comes from the environment
 * ({@value #USER_VARIABLE}, {@value #TOKEN_VARIABLE}) for this run only; it is never written anywhere.
 */
final class ShareCommand implements Command {

    static final String USER_VARIABLE = "COPROD_GIT_USER";
    static final String TOKEN_VARIABLE = "COPROD_GIT_TOKEN";

    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private final Function<String, String> environment;

    ShareCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "share";
    }

    @Override
    public String summary() {
        return "Share a library over Git: init, clone, status, commit, pull (merged by case and field), push, history";
    }

    @Override
    public String usage() {
        return "coprod share init [--remote URL] [--author NAME]\n"
                + "coprod share remote URL                (the remote of a library already shared)\n"
                + "coprod share clone URL DIR\n"
                + "coprod share status [--json]\n"
                + "coprod share commit -m MESSAGE [--author NAME]\n"
                + "coprod share pull [--abort] [--author NAME] [--json]\n"
                + "coprod share resolve CASE-ID FEATURE --take mine|theirs|base [--author NAME]\n"
                + "coprod share push\n"
                + "coprod share history CASE-ID [--json]\n"
                + "coprod share who CASE-ID ELEMENT       (who added a coding or segment, e.g. 'codings[bovaird.P2-D2]')\n"
                + "coprod share backups | return BACKUP\n"
                + "  --library DIR is the shared library (default: the current folder); --author defaults to $"
                + CodeCommand.CODER_VARIABLE + "\n"
                + "  an https remote's login comes from $" + USER_VARIABLE + " and $" + TOKEN_VARIABLE + ", for this run only\n"
                + "  pull exits 1 when conflicts wait (listed; --json gives case, feature, base, mine, theirs); the library is\n"
                + "  unchanged until the last is resolved; pull --abort cancels";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        List<String> normalized = new ArrayList<>();
        words.forEach(w -> normalized.add(w.equals("-m") ? "--message" : w));
        Arguments args = new Arguments(normalized, Set.of("remote", "author", "message", "take"), Set.of("abort"));
        List<String> p = args.positional();
        if (p.isEmpty()) {
            throw new UsageException("which? init, remote, clone, status, commit, pull, resolve, push, history, who, backups or return");
        }
        String step = p.get(0);
        try {
            return switch (step) {
                case "init" -> init(args, out);
                case "remote" -> remote(args, out);
                case "clone" -> cloneInto(args, out);
                case "status" -> status(args, out);
                case "commit" -> commit(args, out);
                case "pull" -> pull(args, out);
                case "resolve" -> resolve(args, out);
                case "push" -> push(args, out);
                case "history" -> history(args, out);
                case "who" -> who(args, out);
                case "backups" -> backups(args, out);
                case "return" -> returnTo(args, out);
                default -> throw new UsageException("unknown step '" + step + "' (coprod share --help lists them)");
            };
        } catch (ShareException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void expect(Arguments args, int count, String what) throws UsageException {
        if (args.positional().size() != count + 1) {
            throw new UsageException(what);
        }
    }

    private static Path folder(Arguments args) throws UsageException {
        Path dir = Path.of(args.option("library").orElse("")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(Library.LIBRARY_FILE))) {
            throw new UsageException(dir + " is not a case library (no " + Library.LIBRARY_FILE + "); give --library DIR");
        }
        return dir;
    }

    private PersonIdent author(Arguments args) throws UsageException {
        String name = args.option("author").orElseGet(() -> environment.apply(CodeCommand.CODER_VARIABLE));
        if (name == null || name.isBlank()) {
            throw new UsageException("who is this? Give --author \"Your Name\", or set " + CodeCommand.CODER_VARIABLE);
        }
        return new PersonIdent(name.strip(), "");
    }

    private Credentials credentials() {
        String token = environment.apply(TOKEN_VARIABLE);
        return token == null || token.isEmpty() ? Credentials.NONE : Credentials.of(environment.apply(USER_VARIABLE), token.toCharArray());
    }

    private static SharedLibrary open(Arguments args, PrintStream out) throws IOException, UsageException {
        SharedLibrary shared = SharedLibrary.open(folder(args));
        shared.repaired().ifPresent(out::println);
        return shared;
    }

    private int init(Arguments args, PrintStream out) throws Exception {
        expect(args, 0, "init takes no argument besides --remote URL");
        try (SharedLibrary shared = SharedLibrary.init(folder(args), args.option("remote").orElse(null), author(args))) {
            out.println("Shared " + shared.folder() + " (derived data such as the search index is not shared)"
                    + (args.option("remote").isPresent() ? "; push it with coprod share push" : ""));
        }
        return Commands.OK;
    }

    private int remote(Arguments args, PrintStream out) throws Exception {
        expect(args, 1, "remote wants URL");
        try (SharedLibrary shared = open(args, out)) {
            shared.remote(args.positional().get(1));
            out.println("The remote of " + shared.folder() + " is " + shared.remote().orElseThrow()
                    + "; push to it with coprod share push");
        }
        return Commands.OK;
    }

    private int cloneInto(Arguments args, PrintStream out) throws Exception {
        expect(args, 2, "clone wants URL DIR");
        Path dir = Path.of(args.positional().get(2)).toAbsolutePath().normalize();
        try (SharedLibrary shared = Exchange.clone(args.positional().get(1), dir, credentials(), NullProgressMonitor.INSTANCE)) {
            out.println("Cloned into " + shared.folder());
        }
        return Commands.OK;
    }

    private int status(Arguments args, PrintStream out) throws Exception {
        expect(args, 0, "status takes no argument");
        try (SharedLibrary shared = open(args, out)) {
            LibraryStatus status = shared.status();
            if (args.flag("json")) {
                out.println(json(status));
                return Commands.OK;
            }
            for (LibraryStatus.ChangedCase c : status.cases()) {
                out.println("  " + c.kind().name().toLowerCase(Locale.ROOT) + "  " + c.name() + " (" + c.id() + ")");
            }
            if (status.libraryFileChanged()) {
                out.println("  changed  the library file (typologies, actors, sources, codebook)");
            }
            status.otherFiles().forEach(f -> out.println("  changed  " + f));
            out.println(status.isClean() ? "Nothing to commit." : status.cases().size() + " cases changed since the last commit.");
            if (status.ahead() >= 0) {
                out.println("Ahead of the remote by " + status.ahead() + " commits, behind by " + status.behind()
                        + " (as of the last pull or push).");
            }
            if (status.pullPending()) {
                out.println("A pull waits for conflicts to be resolved: coprod share pull lists them.");
            }
        }
        return Commands.OK;
    }

    private int commit(Arguments args, PrintStream out) throws Exception {
        expect(args, 0, "commit wants -m MESSAGE");
        String message = args.option("message").orElseThrow(() -> new UsageException("commit wants -m MESSAGE"));
        try (SharedLibrary shared = open(args, out)) {
            int cases = shared.status().cases().size();
            String id = shared.commit(message, author(args)).abbreviate(8).name();
            out.println("Committed " + id + " (" + cases + " cases)");
        }
        return Commands.OK;
    }

    private int pull(Arguments args, PrintStream out) throws Exception {
        expect(args, 0, "pull takes no argument");
        try (SharedLibrary shared = open(args, out)) {
            if (args.flag("abort")) {
                out.println(Exchange.abort(shared) ? "Pull cancelled; the library is as it was before it." : "No pull to cancel.");
                return Commands.OK;
            }
            return report(shared, Exchange.pull(shared, credentials(), author(args), NullProgressMonitor.INSTANCE), args, out);
        }
    }

    private int resolve(Arguments args, PrintStream out) throws Exception {
        expect(args, 2, "resolve wants CASE-ID FEATURE --take mine|theirs|base");
        Side side = Side.named(args.option("take").orElseThrow(() -> new UsageException("resolve wants --take mine|theirs|base")));
        try (SharedLibrary shared = open(args, out)) {
            PullResult result = Exchange.resolve(shared, args.positional().get(1), args.positional().get(2), side, author(args));
            return report(shared, result, args, out);
        }
    }

    private static int report(SharedLibrary shared, PullResult result, Arguments args, PrintStream out) throws IOException {
        if (result.hasConflicts()) {
            if (args.flag("json")) {
                out.println(JSON.toJson(result.conflicts()));
            } else {
                out.println(result.conflicts().size() + " conflicts; nothing in the library has changed yet. Resolve each with");
                out.println("coprod share resolve CASE-ID FEATURE --take mine|theirs|base, or cancel with coprod share pull --abort:");
                for (Conflict c : result.conflicts()) {
                    out.println("  " + c.caseId() + "  " + c.feature());
                    out.println("      base:   " + shown(c.base()));
                    out.println("      mine:   " + shown(c.mine()));
                    out.println("      theirs: " + shown(c.theirs()));
                }
            }
            return Commands.PROBLEMS_FOUND;
        }
        if (result.outcome() == PullResult.Outcome.UP_TO_DATE) {
            out.println("Already up to date.");
            return Commands.OK;
        }
        int reindexed = PulledCases.reindex(shared.folder(), result.changed());
        out.println("Merged " + result.changed().size() + " changed files (" + String.join(", ", result.changed()) + "); "
                + (reindexed >= 0 ? reindexed + " cases reindexed; " : "") + "the state before is kept as " + result.backup());
        return Commands.OK;
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value;
    }

    private int push(Arguments args, PrintStream out) throws Exception {
        expect(args, 0, "push takes no argument");
        try (SharedLibrary shared = open(args, out)) {
            Exchange.push(shared, credentials(), NullProgressMonitor.INSTANCE);
            out.println("Pushed.");
        }
        return Commands.OK;
    }

    private int history(Arguments args, PrintStream out) throws Exception {
        expect(args, 1, "history wants CASE-ID");
        try (SharedLibrary shared = open(args, out)) {
            List<CaseVersion> versions = shared.history(args.positional().get(1));
            if (args.flag("json")) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (CaseVersion v : versions) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("commit", v.commit());
                    m.put("author", v.author());
                    m.put("when", v.when().toString());
                    m.put("message", v.message());
                    m.put("merge", v.merge());
                    m.put("changes", v.changes());
                    list.add(m);
                }
                out.println(JSON.toJson(list));
                return Commands.OK;
            }
            if (versions.isEmpty()) {
                out.println("No commit holds the case " + args.positional().get(1) + ".");
            }
            for (CaseVersion v : versions) {
                out.println(v.commit().substring(0, 8) + "  " + v.when() + "  " + v.author() + "  " + v.message());
                for (FieldChange c : v.changes()) {
                    out.println("    " + c.feature() + ": " + shown(c.before()) + " -> " + shown(c.after()));
                }
            }
        }
        return Commands.OK;
    }

    private int who(Arguments args, PrintStream out) throws Exception {
        expect(args, 2, "who wants CASE-ID ELEMENT, such as codings[bovaird.P2-D2] (coprod share history CASE-ID shows them)");
        try (SharedLibrary shared = open(args, out)) {
            Optional<CaseVersion> added = shared.whoAdded(args.positional().get(1), args.positional().get(2));
            if (added.isEmpty()) {
                out.println("No commit of " + args.positional().get(1) + " added " + args.positional().get(2) + ".");
                return Commands.PROBLEMS_FOUND;
            }
            CaseVersion v = added.get();
            out.println(args.positional().get(2) + " was added by " + v.author() + " on " + v.when() + " (" + v.commit().substring(0, 8)
                    + ": " + v.message() + ")");
        }
        return Commands.OK;
    }

    private int backups(Arguments args, PrintStream out) throws Exception {
        try (SharedLibrary shared = open(args, out)) {
            List<String> backups = shared.backups();
            backups.forEach(out::println);
            if (backups.isEmpty()) {
                out.println("No backups: a pull makes one before it merges.");
            }
        }
        return Commands.OK;
    }

    private int returnTo(Arguments args, PrintStream out) throws Exception {
        expect(args, 1, "return wants BACKUP (coprod share backups lists them)");
        try (SharedLibrary shared = open(args, out)) {
            List<String> changed = shared.returnTo(args.positional().get(1));
            PulledCases.reindex(shared.folder(), changed);
            out.println("Returned to " + args.positional().get(1) + " (" + changed.size()
                    + " files); the state left is kept as a backup too.");
        }
        return Commands.OK;
    }

    private static String json(LibraryStatus status) {
        return JSON.toJson(status);
    }
}
