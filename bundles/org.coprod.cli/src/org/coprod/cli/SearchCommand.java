package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.results.ResultFormat;
import org.coprod.export.results.ResultsExport;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.IndexJob;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.coprod.search.SearchResults;
import org.eclipse.core.runtime.IStatus;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod search "<query>"}: full-text search over the library's cases and notes, with facet filters and counts.
 * The index in the library's {@code .index/} folder (or, for a library that cannot be written, in the user's cache
 * folder or in memory) is brought up to date (or rebuilt) first.
 */
final class SearchCommand implements Command {

    private static final int FACET_VALUES_SHOWN = 8;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "Full-text search over the library's cases and notes, with facets";
    }

    @Override
    public String usage() {
        return """
                coprod search "<query>" [--facet FIELD=VALUE]… [--limit N] [--sort relevance|year] [--json]
                              [--export FILE.csv|FILE.xlsx|FILE.participedia.csv [--force]]
                  query: words, "phrases", AND/OR/NOT, wildcards (sanit*), fields such as country:BR cell:P2-D2
                         sector:sanitation actor:"Orangi Pilot Project" year:[1990 TO 2000]
                  facets: country, sector, cell, driver, initiator, actortype, casetype (repeat --facet to narrow)
                  --export: every matching case (not only the first --limit), in the order found: our columns as CSV or
                         Excel, or Participedia's case CSV; --force replaces FILE""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("facet", "limit", "sort", "export"), Set.of("force"));
        if (args.positional().size() > 1) {
            throw new UsageException("put the query in quotes: found " + args.positional().size() + " arguments");
        }
        String query = args.positional().isEmpty() ? "" : args.positional().get(0);
        int limit = args.intOption("limit", 10);
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        SearchRequest request = new SearchRequest(query, facets(args.options("facet")), limit, order(args));
        ResultsExport export = export(args);
        Library library = args.openLibrary(err);
        try (CaseIndex index = openIndex(library, name(), err)) {
            SearchResults results;
            try {
                results = new CaseSearch(index).search(request);
            } catch (QuerySyntaxException e) {
                throw unreadable(e);
            }
            if (export != null) {
                return export(export, index, request, results, library, out, err);
            }
            if (args.flag("json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("query", query);
                json.put("facetFilters", request.facets());
                json.put("sort", request.order().name().toLowerCase(Locale.ROOT));
                json.put("total", results.total());
                json.put("hits", hitsJson(results.hits()));
                Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
                results.facets().forEach((dim, counts) -> {
                    Map<String, Integer> values = new LinkedHashMap<>();
                    counts.forEach(c -> values.put(c.value(), c.count()));
                    facets.put(dim, values);
                });
                json.put("facets", facets);
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
                return Commands.OK;
            }
            out.println(results.total() + (results.total() == 1 ? " case matches" : " cases match")
                    + (query.isBlank() ? "" : " \"" + query + "\"")
                    + (request.facets().isEmpty() ? "" : " within " + request.facets())
                    + (results.hits().size() < results.total() ? "; the first " + results.hits().size() : "")
                    + (request.order() == SearchRequest.Order.YEAR ? ", newest first" : ", best first") + ":");
            printHits(results.hits(), out);
            if (results.total() > 0) {
                out.println("Facets (cases per value):");
                results.facets().forEach((dim, counts) -> {
                    if (counts.isEmpty()) {
                        return;
                    }
                    StringBuilder line = new StringBuilder(String.format("  %-10s", dim));
                    counts.stream().limit(FACET_VALUES_SHOWN)
                            .forEach(c -> line.append(' ').append(c.value()).append(" (").append(c.count()).append("),"));
                    line.setLength(line.length() - 1);
                    if (counts.size() > FACET_VALUES_SHOWN) {
                        line.append(" … ").append(counts.size() - FACET_VALUES_SHOWN).append(" more");
                    }
                    out.println(line);
                });
            }
            return Commands.OK;
        }
    }

    private static ResultsExport export(Arguments args) throws UsageException {
        if (args.option("export").isEmpty()) {
            if (args.flag("force")) {
                throw new UsageException("--force replaces the file of --export: give --export FILE");
            }
            return null;
        }
        Path file = Path.of(args.option("export").get());
        ResultFormat format = ResultFormat.of(file).orElseThrow(() -> new UsageException("--export " + file.getFileName()
                + ": give a file ending in .csv, .xlsx or .participedia.csv"));
        ResultsExport export = new ResultsExport(format, file, args.libraryFolder(), args.flag("force"));
        UsageException.checkDestination(export::check);
        return export;
    }

    /** Writes every case the query and facets match, in the order found, and says what it wrote. */
    private int export(ResultsExport export, CaseIndex index, SearchRequest request, SearchResults first, Library library,
            PrintStream out, PrintStream err) throws IOException, UsageException {
        List<SearchHit> all;
        try {
            all = first.hits().size() < first.total() ? new CaseSearch(index).all(request) : first.hits();
        } catch (QuerySyntaxException e) {
            throw unreadable(e);
        }
        List<Case> cases = new ArrayList<>();
        for (SearchHit h : all) {
            library.findCase(h.id()).ifPresentOrElse(cases::add,
                    () -> err.println("coprod search: the index names a case '" + h.id() + "' the library no longer has; left out"));
        }
        ResultsExport.Result written;
        try {
            written = export.write(cases, library.root(), new TerminalProgress(name(), err));
        } catch (BriefExport.DestinationExistsException e) {
            throw new UsageException(e.file() + " already exists: use --force to replace it");
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("Wrote " + Cases.count(written.cases(), "case") + " (" + written.format().extension() + ") to " + written.file());
        if (written.format() == ResultFormat.PARTICIPEDIA) {
            out.println("Participedia columns: our case ids in \"id\" (not Participedia ids); start_date and end_date left empty (the"
                    + " library records years, Participedia days); fields with no counterpart left empty.");
        }
        return Commands.OK;
    }

    /**
     * Opens the library's index and brings it up to date with an {@link IndexJob}, telling the user when it has to
     * wait for another program, when the index cannot be kept in the library, when it had to be rebuilt, or when
     * another program holds it.
     */
    static CaseIndex openIndex(Library library, String command, PrintStream err) throws IOException, UsageException {
        CaseIndex index = CaseIndex.open(library, notice -> err.println("coprod " + command + ": " + notice));
        index.rebuiltBecause().ifPresent(r -> err.println("coprod " + command + ": rebuilt the search index because " + r));
        if (!index.isWritable()) {
            err.println("coprod " + command + ": another program (a workbench, or another coprod command) holds the"
                    + " search index for writing; searching it as that program last saved it");
            return index;
        }
        IndexJob job = new IndexJob(index, false);
        job.schedule();
        try {
            job.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index.close();
            throw new UsageException("interrupted while indexing");
        }
        IStatus status = job.getResult();
        if (status != null && !status.isOK()) {
            index.close();
            throw new UsageException(status.getMessage());
        }
        return index;
    }

    /** A query that cannot be read, said with the part of it where reading stopped. */
    static UsageException unreadable(QuerySyntaxException e) {
        return new UsageException(e.getMessage() + "\n  " + e.pointer().replace("\n", "\n  "));
    }

    static List<Map<String, Object>> hitsJson(List<SearchHit> hits) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SearchHit h : hits) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("id", h.id());
            hit.put("name", h.name());
            hit.put("score", Math.round(h.score() * 1000) / 1000.0);
            hit.put("year", h.year());
            hit.put("snippet", h.snippet());
            list.add(hit);
        }
        return list;
    }

    static void printHits(List<SearchHit> hits, PrintStream out) {
        out.println();
        int rank = 1;
        for (SearchHit h : hits) {
            out.printf("%2d. %s  [%s]%s  score %.2f%n", rank++, h.name(), h.id(), h.year() == null ? "" : "  " + h.year(),
                    h.score());
            if (h.snippet() != null && !h.snippet().isBlank()) {
                out.println("    " + h.snippet());
            }
            out.println();
        }
    }

    private static SearchRequest.Order order(Arguments args) throws UsageException {
        String sort = args.option("sort").orElse("relevance").toLowerCase(Locale.ROOT);
        return switch (sort) {
        case "relevance", "score" -> SearchRequest.Order.RELEVANCE;
        case "year", "date" -> SearchRequest.Order.YEAR;
        default -> throw new UsageException("--sort takes relevance or year, not '" + sort + "'");
        };
    }

    private static Map<String, List<String>> facets(List<String> values) throws UsageException {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new UsageException("--facet wants FIELD=VALUE, such as --facet country=BR, not '" + v + "'");
            }
            facets.computeIfAbsent(v.substring(0, eq).trim(), k -> new ArrayList<>()).add(v.substring(eq + 1).trim());
        }
        return facets;
    }
}
