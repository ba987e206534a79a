package org.coprod.bench.share;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.coprod.bench.SyntheticLibrary;
import org.coprod.core.BovairdTypology;
import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.search.CaseIndex;
import org.coprod.share.Credentials;
import org.coprod.share.Exchange;
import org.coprod.share.PullResult;
import org.coprod.share.SharedLibrary;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * {@code coprod bench share [--cases 10000]}: a synthetic library shared between two clones through a bare repository.
 * Times status, a commit of 100 changed cases, and a pull of 100 cases changed remotely (10 of them also changed
 * locally, in other fields and with codings added on both sides) with the reindexing of those cases. Baseline in the same
 * run: the same operations by the {@code git} command line with its text merge, and how many of its merges of the 10
 * cases changed on both sides were conflicts or came out different from the model merge (silently wrong).
 */
public final class Main {

    private static final PersonIdent ANA = new PersonIdent("Ana", "");
    private static final PersonIdent BEN = new PersonIdent("Ben", "");
    private static final int CHANGED = 100;
    private static final int BOTH = 10;

    private Main() {
    }

    public static int run(String[] args) throws Exception {
        int cases = 10_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--cases")) {
                cases = Integer.parseInt(args[i + 1]);
            }
        }
        Path dir = Files.createTempDirectory("coprod-bench-share");
        try {
            measure(dir, cases);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private static void measure(Path dir, int n) throws Exception {
        Path remote = dir.resolve("remote.git");
        git(dir, "init", "--bare", "-q", "-b", "main", remote.toString());
        Path a = dir.resolve("ana");
        SyntheticLibrary.write(a, n, 7);
        try (SharedLibrary ana = SharedLibrary.init(a, remote.toUri().toString(), ANA)) {
            Exchange.push(ana, Credentials.NONE, NullProgressMonitor.INSTANCE);
        }
        Path b = dir.resolve("ben");
        Exchange.clone(remote.toUri().toString(), b, Credentials.NONE, NullProgressMonitor.INSTANCE).close();
        try (CaseIndex index = CaseIndex.open(Library.open(b))) {
            index.synchronize(SubMonitor.convert(null)); // built before the pull, which reindexes only what changed
        }
        System.out.printf("%s cases, %d MB of case files%n", n, size(a.resolve("cases")) / 1_000_000);
        System.out.printf("%-44s %10s %10s %8s%n", "operation", "coprod s", "git CLI s", "ratio");

        double status;
        double gitStatus;
        try (SharedLibrary ben = SharedLibrary.open(b)) {
            ben.status(); // the first status after a clone fills Git's index with the files' times, for both tools
            long t0 = System.nanoTime();
            ben.status();
            status = seconds(t0);
        }
        git(b, "status", "--porcelain"); // git refreshes the stat data JGit does not keep (inode, ctime) on its first status
        long t0 = System.nanoTime();
        git(b, "status", "--porcelain");
        gitStatus = seconds(t0);
        row("status, clean, " + n + " cases", status, gitStatus);

        edit(a, 0, CHANGED, (l, c, i) -> {
            c.setSummary(c.getSummary() + " Revised by Ana.");
            if (i < BOTH / 2) {
                c.getCodings().add(coding(l, c, 0));
            }
        });
        double commit;
        try (SharedLibrary ana = SharedLibrary.open(a)) {
            t0 = System.nanoTime();
            ana.commit("100 summaries revised", ANA);
            commit = seconds(t0);
            Exchange.push(ana, Credentials.NONE, NullProgressMonitor.INSTANCE);
        }
        // the baseline commits another 100 cases the same way, by the git command line
        edit(a, CHANGED, 2 * CHANGED, (l, c, i) -> c.setSummary(c.getSummary() + " Revised again."));
        t0 = System.nanoTime();
        git(a, "add", "-A");
        git(a, "-c", "user.name=Ana", "-c", "user.email=", "commit", "-q", "-m", "100 more");
        double gitCommit = seconds(t0);
        row("commit of " + CHANGED + " changed cases", commit, gitCommit);
        git(a, "reset", "-q", "--hard", "HEAD~1"); // the remote keeps the first 100 only

        edit(b, 0, BOTH, (l, c, i) -> {
            c.setPeriodNote("checked by Ben");
            c.getCodings().add(coding(l, c, 1));
        });
        String pre;
        Map<String, byte[]> merged = new LinkedHashMap<>();
        double pull;
        double reindexing;
        PullResult result;
        try (SharedLibrary ben = SharedLibrary.open(b)) {
            ben.commit("10 cases checked", BEN);
            pre = git(b, "rev-parse", "HEAD").strip();
            t0 = System.nanoTime();
            result = Exchange.pull(ben, Credentials.NONE, BEN, NullProgressMonitor.INSTANCE);
            pull = seconds(t0);
            t0 = System.nanoTime();
            reindex(b, result.changed());
            reindexing = seconds(t0);
        }
        for (int i = 0; i < BOTH; i++) {
            String path = "cases/" + id(i) + ".xmi";
            merged.put(path, Files.readAllBytes(b.resolve(path)));
        }
        git(b, "reset", "-q", "--hard", pre);
        t0 = System.nanoTime();
        String gitOut = gitAllowingFailure(b, "-c", "user.name=Ben", "-c", "user.email=", "merge", "--no-edit", "origin/main");
        double gitPull = seconds(t0);
        row("pull " + CHANGED + " remote changes (" + BOTH + " also local)", pull, gitPull);
        row("pull + reindex of the cases it changed", pull + reindexing, gitPull);
        System.out.printf("coprod pull: %s, %d conflicts; reindexing %d cases took %.3f s (reading them included)%n",
                result.outcome(), result.conflicts().size(), result.changed().size(), reindexing);

        int conflicts = 0;
        int wrong = 0;
        List<String> unmerged = List.of(git(b, "diff", "--name-only", "--diff-filter=U").split("\n"));
        for (Map.Entry<String, byte[]> e : merged.entrySet()) {
            if (unmerged.contains(e.getKey())) {
                conflicts++;
            } else if (!Arrays.equals(e.getValue(), Files.readAllBytes(b.resolve(e.getKey())))) {
                wrong++;
            }
        }
        System.out.printf("git text merge of the %d cases changed on both sides: %d conflicts, %d merged differently from the model "
                + "merge (silently wrong), %d the same%n", BOTH, conflicts, wrong, BOTH - conflicts - wrong);
        if (gitOut.contains("CONFLICT")) {
            gitAllowingFailure(b, "merge", "--abort");
        }
    }

    private interface CaseEdit {
        void apply(Library library, Case c, int i);
    }

    private static void edit(Path folder, int from, int to, CaseEdit edit) throws IOException {
        Library library = Library.open(folder);
        List<Case> touched = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Case c = library.findCase(id(i)).orElseThrow();
            edit.apply(library, c, i);
            touched.add(c);
        }
        library.save(touched);
    }

    /** As {@code coprod share pull} does: reads only the case files the pull changed, and reindexes those cases. */
    private static void reindex(Path folder, List<String> changed) throws IOException {
        long t0 = System.nanoTime();
        Library library = Library.openCases(folder, changed);
        System.out.printf("(reading the %d pulled case files: %.3f s)%n", library.root().getCases().size(), seconds(t0));
        try (CaseIndex index = CaseIndex.open(library)) {
            index.update(library.root().getCases());
            index.commit();
        }
    }

    /** A coding in a cell the case has no coding in yet; {@code offset} makes the two sides pick different cells. */
    private static TypologyCoding coding(Library library, Case c, int offset) {
        List<TypologyCell> free = new ArrayList<>(library.findTypology(BovairdTypology.ID).orElseThrow().getCells());
        free.removeIf(cell -> !cell.isApplicable() || c.getCodings().stream().anyMatch(k -> k.getCell() == cell));
        TypologyCoding added = CoprodFactory.eINSTANCE.createTypologyCoding();
        added.setCell(free.get(offset));
        added.setJustification("added in the benchmark");
        return added;
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "syn-%06d", i);
    }

    private static void row(String what, double coprod, double git) {
        System.out.printf("%-44s %10.3f %10.3f %8.2f%n", what, coprod, git, coprod / git);
    }

    private static String git(Path dir, String... words) throws IOException, InterruptedException {
        String out = gitAllowingFailure(dir, words);
        if (out.startsWith("\u0000")) {
            throw new IOException("git " + String.join(" ", words) + " failed: " + out.substring(1));
        }
        return out;
    }

    /** Runs git; a failure's output starts with a NUL, so that callers that expect failures can still read it. */
    private static String gitAllowingFailure(Path dir, String... words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(words));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? out : "\u0000" + out;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Removes the benchmark's folder; Git may still be packing objects in it, so files that vanish meanwhile are fine. */
    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                try {
                    Files.deleteIfExists(d);
                } catch (DirectoryNotEmptyException late) {
                    // a file written after the visit: left in the temporary folder
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
