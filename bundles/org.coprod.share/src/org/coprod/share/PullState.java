package org.coprod.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coprod.core.AtomicFile;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.osgi.util.NLS;

/**
 * The record of a pull under way, in {@code .git/coprod-pull}: what is merged into what, the backup of the local state,
 * the answers given to conflicts so far and, once the merged commit exists, that commit. It is written atomically
 * before anything else changes, so that a pull killed at any moment is found on the next open: one still waiting for
 * answers has written nothing into the library and goes on or is cancelled; one that was writing the merged files is
 * finished from the recorded commit.
 */
final class PullState {

    static final String FILE = "coprod-pull";
    private static final String HEADER = "coprod pull 1";

    enum Phase {
        /** Conflicts are being answered; the library's files and its branch are exactly as before the pull. */
        PENDING,
        /** The merged commit exists and its files are being written into the library. */
        WRITING
    }

    final String branch;
    final ObjectId mine;
    final ObjectId theirs;
    final ObjectId base;
    final String backup;
    Phase phase = Phase.PENDING;
    ObjectId target;
    /** Answers by owner (case id or library file), then by feature path. */
    final Map<String, Map<String, Side>> answers = new LinkedHashMap<>();

    PullState(String branch, ObjectId mine, ObjectId theirs, ObjectId base, String backup) {
        this.branch = branch;
        this.mine = mine;
        this.theirs = theirs;
        this.base = base;
        this.backup = backup;
    }

    Map<String, Side> answersFor(String owner) {
        return answers.getOrDefault(owner, Map.of());
    }

    void answer(String owner, String feature, Side side) {
        answers.computeIfAbsent(owner, k -> new HashMap<>()).put(feature, side);
    }

    static Path file(Path gitDir) {
        return gitDir.resolve(FILE);
    }

    void write(Path gitDir) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("phase\t").append(phase).append('\n');
        out.append("branch\t").append(branch).append('\n');
        out.append("mine\t").append(mine.name()).append('\n');
        out.append("theirs\t").append(theirs.name()).append('\n');
        out.append("base\t").append(base.name()).append('\n');
        out.append("backup\t").append(backup).append('\n');
        if (target != null) {
            out.append("target\t").append(target.name()).append('\n');
        }
        answers.forEach((owner, byFeature) -> byFeature.forEach((feature, side) -> out.append("answer\t").append(owner).append('\t')
                .append(feature.replace("\t", " ")).append('\t').append(side).append('\n')));
        out.append("end\n");
        AtomicFile.write(file(gitDir), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The pull under way in this repository, or null when there is none. */
    static PullState read(Path gitDir) throws IOException {
        Path file = file(gitDir);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals("end")) {
            throw new ShareException(NLS.bind(Messages.State_incomplete, file));
        }
        Map<String, String> fields = new HashMap<>();
        List<String[]> answers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] p = line.split("\t", -1);
            if (p[0].equals("answer") && p.length == 4) {
                answers.add(p);
            } else if (p.length == 2) {
                fields.put(p[0], p[1]);
            } else {
                throw new ShareException(NLS.bind(Messages.State_badLine, file, line));
            }
        }
        try {
            PullState s = new PullState(fields.get("branch"), ObjectId.fromString(fields.get("mine")),
                    ObjectId.fromString(fields.get("theirs")), ObjectId.fromString(fields.get("base")), fields.get("backup"));
            s.phase = Phase.valueOf(fields.get("phase"));
            if (fields.containsKey("target")) {
                s.target = ObjectId.fromString(fields.get("target"));
            }
            for (String[] a : answers) {
                s.answer(a[1], a[2], Side.valueOf(a[3]));
            }
            if (s.branch == null || s.backup == null || s.phase == Phase.WRITING && s.target == null) {
                throw new ShareException(NLS.bind(Messages.State_lacksField, file));
            }
            return s;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ShareException(NLS.bind(Messages.State_unreadable, file, e.getMessage()), e);
        }
    }

    static void delete(Path gitDir) throws IOException {
        Files.deleteIfExists(file(gitDir));
    }
}
