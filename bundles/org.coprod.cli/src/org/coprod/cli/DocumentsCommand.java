package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.Languages;
import org.coprod.core.Library;
import org.coprod.core.documents.DocumentFiles;
import org.coprod.model.Case;
import org.coprod.model.Document;
import org.coprod.model.Source;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod documents add FILE --case ID…} and {@code coprod documents list}: the source documents of a library,
 * whose plain text passages are coded in. An add checks every argument and extracts the text before it writes a file,
 * and removes the files it wrote when the library cannot be saved, so a refused add leaves the library as it was.
 */
final class DocumentsCommand implements Command {

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String summary() {
        return "Add a source document (.txt .md .html .docx .pdf) to cases, or list the documents";
    }

    @Override
    public String usage() {
        return "coprod documents add FILE --case ID [--case ID…] [--source SOURCE-ID] [--language xx] [--title TITLE]\n"
                + "coprod documents list [--json]   (exit code 1 when the text of a document was changed after its import)";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("case", "source", "language", "title"), Set.of());
        List<String> positional = args.positional();
        String action = positional.isEmpty() ? "" : positional.get(0);
        return switch (action) {
            case "add" -> add(args, out, err);
            case "list" -> list(args, out, err);
            case "" -> throw new UsageException("say what to do: coprod documents add FILE --case ID, or coprod documents list");
            default -> throw new UsageException("unknown action '" + action + "' (coprod documents add or list)");
        };
    }

    private static int add(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 2) {
            throw new UsageException("name one file to add: coprod documents add FILE --case ID");
        }
        if (args.options("case").isEmpty()) {
            throw new UsageException("say which case the document serves: --case ID (repeat it for several)");
        }
        Optional<String> language = args.option("language");
        if (language.isPresent() && !Languages.isCode(language.get())) {
            throw new UsageException("--language " + Languages.problem(language.get()));
        }
        Path file = Path.of(args.positional().get(1));
        Library library = args.openLibrary(err);
        Set<Case> cases = new LinkedHashSet<>();
        for (String id : args.options("case")) {
            cases.add(library.findCase(id).orElseThrow(() -> new UsageException("the library has no case '" + id + "'")));
        }
        Source source = null;
        if (args.option("source").isPresent()) {
            String id = args.option("source").get();
            source = library.root().getSources().stream().filter(s -> id.equals(s.getId())).findFirst()
                    .orElseThrow(() -> new UsageException("the library has no source '" + id + "'"));
        }
        Document document;
        try {
            document = DocumentFiles.add(library.folder(), file, args.option("title").orElse(null), language.orElse(null),
                    new TerminalProgress("documents add", err));
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        document.setSource(source);
        library.root().getDocuments().add(document);
        cases.forEach(c -> c.getDocuments().add(document));
        try {
            library.save(cases);
        } catch (IOException | RuntimeException e) {
            DocumentFiles.discard(library.folder(), document);
            err.println("coprod documents: nothing added: " + Failure.describe(e));
            return Commands.BAD_USAGE;
        }
        out.printf("Added %s \"%s\" (%,d characters) to %s, in %s%n", document.getId(), document.getTitle(), document.getLength(),
                String.join(", ", cases.stream().map(Case::getId).toList()), library.folder());
        return Commands.OK;
    }

    private static int list(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("unexpected argument '" + args.positional().get(1) + "'");
        }
        for (String option : List.of("case", "source", "language", "title")) {
            if (args.option(option).isPresent()) {
                throw new UsageException("--" + option + " is for coprod documents add");
            }
        }
        Library library = args.openLibrary(err);
        Map<Document, List<String>> casesOf = new LinkedHashMap<>();
        library.root().getDocuments().forEach(d -> casesOf.put(d, new ArrayList<>()));
        for (Case c : library.root().getCases()) {
            for (Document d : c.getDocuments()) {
                casesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(c.getId());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<Document, List<String>> e : casesOf.entrySet()) {
            Document d = e.getKey();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.getId());
            row.put("title", d.getTitle());
            row.put("cases", e.getValue());
            row.put("language", d.getLanguage());
            row.put("length", d.getLength());
            row.put("source", d.getSource() == null ? null : d.getSource().getId());
            row.put("changed", DocumentFiles.changed(library.folder(), d).orElse(null));
            rows.add(row);
        }
        boolean changed = rows.stream().anyMatch(r -> r.get("changed") != null);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("library", library.root().getName());
            json.put("documents", rows);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
        } else {
            print(library, rows, out);
        }
        return changed ? Commands.PROBLEMS_FOUND : Commands.OK;
    }

    /** One line a document: id, length in characters (code points), language, cases, title; a changed text below it. */
    private static void print(Library library, List<Map<String, Object>> rows, PrintStream out) {
        out.println(library.root().getName() + ": " + rows.size() + (rows.size() == 1 ? " document" : " documents"));
        if (rows.isEmpty()) {
            return;
        }
        int idWidth = rows.stream().mapToInt(r -> String.valueOf(r.get("id")).length()).max().orElse(2);
        out.println();
        out.printf("  %-" + idWidth + "s %10s  %-4s %s%n", "id", "characters", "lang", "cases: title");
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked")
            List<String> cases = (List<String>) r.get("cases");
            out.printf("  %-" + idWidth + "s %,10d  %-4s %s: %s%n", r.get("id"), r.get("length"),
                    r.get("language") == null ? "-" : r.get("language"), cases.isEmpty() ? "(no case)" : String.join(", ", cases),
                    r.get("title"));
            if (r.get("changed") != null) {
                out.println("    TEXT CHANGED: " + r.get("changed"));
            }
        }
    }
}
