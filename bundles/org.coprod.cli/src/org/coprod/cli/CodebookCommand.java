package org.coprod.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.model.Code;
import org.coprod.model.Codebook;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod codebook}: the library's codes as a tree, each with its definition, colour, whether it is built in, and
 * how many passages in how many cases carry it.
 */
final class CodebookCommand implements Command {

    @Override
    public String name() {
        return "codebook";
    }

    @Override
    public String summary() {
        return "The codes as a tree, with definitions, colours and how much each is used";
    }

    @Override
    public String usage() {
        return "coprod codebook [--json]\n"
                + "  --json gives each code's id, name, parent id, definition, colour, built-in key, codable, segments and cases";
    }

    /** A code with its place in the tree. */
    private record Entry(Code code, int depth) {
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of(), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Library library = args.openLibrary(err);
        Codebook book = library.root().getCodebook();
        List<Entry> tree = book == null ? List.of() : tree(book);
        if (args.flag("json")) {
            List<Map<String, Object>> codes = new ArrayList<>();
            for (Entry e : tree) {
                Code code = e.code();
                CodebookChanges.Use use = CodebookChanges.use(library.root(), code);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", code.getId());
                json.put("name", code.getName());
                json.put("parent", code.getParent() == null ? null : code.getParent().getId());
                json.put("depth", e.depth());
                json.put("definition", code.getDefinition());
                json.put("colour", code.getColour());
                json.put("builtIn", BuiltInCodes.isBuiltIn(code) ? code.getBuiltIn() : null);
                json.put("codable", code.isCodable());
                json.put("segments", use.segments());
                json.put("cases", use.cases());
                codes.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("library", library.root().getName());
            json.put("codes", codes);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
            return Commands.OK;
        }
        long builtIn = tree.stream().filter(e -> BuiltInCodes.isBuiltIn(e.code())).count();
        out.println("Codebook of " + library.root().getName() + ": " + plural(tree.size(), "code") + " (" + builtIn + " built in, "
                + (tree.size() - builtIn) + " of the library's own)");
        for (Entry e : tree) {
            Code code = e.code();
            String indent = "  ".repeat(e.depth() + 1);
            CodebookChanges.Use use = CodebookChanges.use(library.root(), code);
            List<String> facts = new ArrayList<>();
            if (BuiltInCodes.isBuiltIn(code)) {
                facts.add("built in");
            }
            if (!code.isCodable()) {
                facts.add(BuiltInCodes.isBuiltIn(code) && code.getBuiltIn().startsWith("cell:") ? "not applicable" : "group");
            }
            if (code.getColour() != null && !code.getColour().isBlank()) {
                facts.add(code.getColour());
            }
            facts.add(plural(use.segments(), "passage") + " in " + plural(use.cases(), "case"));
            out.println(indent + code.getName() + "  [" + String.join(", ", facts) + "]");
            String definition = code.getDefinition() == null || code.getDefinition().isBlank() ? "(no definition yet)"
                    : code.getDefinition().strip().replaceAll("\\s+", " ");
            out.println(indent + "    " + definition);
        }
        return Commands.OK;
    }

    /** The codes in codebook order, each followed by its own codes; a code whose parent is not in the codebook is at the top. */
    private static List<Entry> tree(Codebook book) {
        Set<Code> codes = new HashSet<>(book.getCodes());
        Map<Code, List<Code>> children = new LinkedHashMap<>();
        List<Code> top = new ArrayList<>();
        for (Code code : book.getCodes()) {
            if (code.getParent() == null || !codes.contains(code.getParent())) {
                top.add(code);
            } else {
                children.computeIfAbsent(code.getParent(), k -> new ArrayList<>()).add(code);
            }
        }
        List<Entry> out = new ArrayList<>();
        Set<Code> seen = new HashSet<>();
        top.forEach(code -> walk(code, 0, children, seen, out));
        // codes in a cycle of parents (which validation reports) are listed at the top rather than left out
        book.getCodes().stream().filter(code -> !seen.contains(code)).forEach(code -> walk(code, 0, children, seen, out));
        return out;
    }

    private static void walk(Code code, int depth, Map<Code, List<Code>> children, Set<Code> seen, List<Entry> out) {
        if (!seen.add(code)) {
            return;
        }
        out.add(new Entry(code, depth));
        children.getOrDefault(code, List.of()).forEach(child -> walk(child, depth + 1, children, seen, out));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
