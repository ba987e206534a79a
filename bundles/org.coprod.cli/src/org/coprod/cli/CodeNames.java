package org.coprod.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.model.Code;
import org.coprod.model.Codebook;

/**
 * The codes a command is given, by name (ignoring case), id or built-in key. A code the codebook lacks is refused
 * with the codebook's names closest to it, so that a misspelt "trsut" is answered with "trust" rather than nothing.
 */
final class CodeNames {

    /** At most this many names are suggested. */
    static final int SUGGESTIONS = 5;
    /** Longer names are not compared with the codebook's. */
    private static final int LONGEST_NAME = 200;

    private CodeNames() {
    }

    /** The codes named in the values of an option, each value one name or several separated by commas, without repeats. */
    static List<Code> find(Codebook book, List<String> values, String option) throws UsageException {
        LinkedHashSet<Code> codes = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    codes.add(find(book, name, option));
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /** The code with this name, id or key; refused with the closest names when there is none. */
    static Code find(Codebook book, String name, String option) throws UsageException {
        Optional<Code> code = book == null ? Optional.empty() : CodebookChanges.find(book, name);
        if (code.isPresent()) {
            return code.get();
        }
        String asked = name.strip();
        if (book == null || book.getCodes().isEmpty()) {
            throw new UsageException(option + " " + asked + ": the library's codebook has no codes yet");
        }
        List<String> close = closest(book, asked);
        if (!close.isEmpty()) {
            throw new UsageException(option + " " + asked + ": no such code; the closest in the codebook: " + quoted(close));
        }
        List<String> own = book.getCodes().stream().filter(c -> !BuiltInCodes.isBuiltIn(c)).map(Code::getName).limit(SUGGESTIONS).toList();
        String example = quoted(List.of(book.getCodes().get(0).getName()));
        throw new UsageException(option + " " + asked + ": no such code, nor one with a similar name" + (own.isEmpty()
                ? "; the codebook holds only the built-in codes (such as " + example + ")"
                : "; the codebook's own codes include " + quoted(own)));
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\u201C" + n + "\u201D").toList());
    }

    /** The names that contain what was asked or differ from it by a few letters, closest first. */
    static List<String> closest(Codebook book, String asked) {
        String a = asked.toLowerCase(Locale.ROOT);
        if (a.length() > LONGEST_NAME) {
            return List.of(); // no code is named like that, and comparing would take time for nothing
        }
        int tolerance = Math.max(2, a.length() / 3);
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Code c : book.getCodes()) {
            if (c.getName() == null || c.getName().isBlank()) {
                continue;
            }
            String n = c.getName().strip().toLowerCase(Locale.ROOT);
            int d = distance(a, n);
            if (d <= tolerance || a.length() >= 3 && n.contains(a)) {
                candidates.add(new Candidate(c.getName().strip(), n.contains(a) ? Math.min(d, tolerance) : d));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().map(Candidate::name).distinct().limit(SUGGESTIONS).toList();
    }

    /** The Levenshtein distance: the fewest letters inserted, removed or changed to turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
