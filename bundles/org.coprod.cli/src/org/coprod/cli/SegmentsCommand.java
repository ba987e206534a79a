package org.coprod.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.model.Segment;
import org.coprod.search.CaseDocument;
import org.coprod.search.CaseIndex;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SegmentHit;
import org.coprod.search.SegmentRequest;
import org.coprod.search.SegmentSearch;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod segments}: the coded segments (passages) of the library's cases, with their codes, coder and date, in
 * reading order. Filtering by codes and case reads the model; words to search for in the quotes need the search
 * index, which is brought up to date first, as for {@code coprod search}.
 */
final class SegmentsCommand implements Command {

    @Override
    public String name() {
        return "segments";
    }

    @Override
    public String summary() {
        return "Coded segments (passages) with their codes, coder and date";
    }

    @Override
    public String usage() {
        return """
                coprod segments [--code CODE]… [--case ID] [--query "<query>"] [--json]
                  --code   segments carrying this code (repeat: carrying all of them), such as --code "local trust"
                  --case   the segments of one case
                  --query  words of the quoted passages, and fields code:, coder:, case:, quote: (uses the search index)""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("code", "case", "query"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("coprod segments takes no arguments: give words to search for with --query");
        }
        SegmentRequest request;
        try {
            request = new SegmentRequest(args.option("query").orElse(""), args.options("code"),
                    args.option("case").orElse(null), SegmentRequest.ALL);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--code needs a code name");
        }
        Library library = args.openLibrary(err);
        if (request.caseId() != null && library.findCase(request.caseId()).isEmpty()) {
            throw new UsageException("the library in " + library.folder() + " has no case '" + request.caseId()
                    + "' (coprod search lists case ids)");
        }
        for (String code : request.codes()) {
            requireCode(library, code);
        }
        List<SegmentHit> hits;
        if (request.query().isBlank()) {
            hits = fromModel(library, request);
        } else {
            try (CaseIndex index = SearchCommand.openIndex(library, name(), err)) {
                hits = new SegmentSearch(index).search(request).hits();
            } catch (QuerySyntaxException e) {
                throw SearchCommand.unreadable(e);
            }
        }
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("query", request.query().isBlank() ? null : request.query());
            json.put("codes", request.codes());
            json.put("case", request.caseId());
            json.put("total", hits.size());
            json.put("segments", hits.stream().map(SegmentsCommand::json).toList());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
            return Commands.OK;
        }
        out.println(heading(hits.size(), request));
        int rank = 1;
        for (SegmentHit h : hits) {
            out.println();
            out.printf("%2d. %s  %s %d–%d%s%n", rank++, h.caseId(), Objects.requireNonNullElse(h.textId(), "(no text)"),
                    h.start(), h.end(), h.segmentId() == null ? "" : "  (" + h.segmentId() + ")");
            if (h.quote() != null) {
                out.println("    \"" + h.quote().replaceAll("\\s+", " ").strip() + "\"");
            }
            out.println("    " + (h.codes().isEmpty() ? "no code" : String.join(", ", h.codes())) + coded(h));
        }
        return Commands.OK;
    }

    /** The segments of the model that pass the request's filters, in the order a segment search lists them. */
    private static List<SegmentHit> fromModel(Library library, SegmentRequest request) {
        List<SegmentHit> hits = new ArrayList<>();
        for (Case c : library.root().getCases()) {
            if (c.getId() == null || c.getId().isBlank()) {
                continue;
            }
            for (Segment s : c.getSegments()) {
                SegmentHit hit = SegmentHit.of(c, s);
                if (request.passesFilters(hit)) {
                    hits.add(hit);
                }
            }
        }
        hits.sort(SegmentHit.READING_ORDER);
        return hits;
    }

    /** A code name that is not in the codebook is a mistake to report, not a filter that quietly matches nothing. */
    private static void requireCode(Library library, String name) throws UsageException {
        List<String> names = library.root().getCodebook() == null ? List.of()
                : library.root().getCodebook().getCodes().stream().map(CaseDocument::codeName)
                        .filter(Objects::nonNull).toList();
        String wanted = CaseDocument.codeValue(name);
        if (names.stream().noneMatch(n -> CaseDocument.codeValue(n).equals(wanted))) {
            throw new UsageException("the codebook of the library in " + library.folder() + " has no code '" + name + "'"
                    + (names.isEmpty() ? " (it has no codes)" : " (codes: " + String.join(", ", names) + ")"));
        }
    }

    private static String heading(int count, SegmentRequest request) {
        StringBuilder s = new StringBuilder().append(count).append(count == 1 ? " segment" : " segments");
        if (!request.codes().isEmpty()) {
            s.append(" coded ").append(String.join(" and ", request.codes()));
        }
        if (request.caseId() != null) {
            s.append(" in case ").append(request.caseId());
        }
        if (!request.query().isBlank()) {
            s.append(" matching \"").append(request.query()).append('"');
        }
        return s.append(count == 0 ? "." : ", in reading order:").toString();
    }

    /** Who coded a segment and when, as far as recorded. */
    private static String coded(SegmentHit h) {
        String by = h.coder() == null ? "" : " by " + h.coder();
        String on = h.codedOn() == null ? "" : " on " + LocalDate.ofInstant(h.codedOn(), ZoneId.systemDefault());
        return by.isEmpty() && on.isEmpty() ? "" : "; coded" + by + on;
    }

    private static Map<String, Object> json(SegmentHit h) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("case", h.caseId());
        segment.put("segment", h.segmentId());
        segment.put("text", h.textId());
        segment.put("start", h.start());
        segment.put("end", h.end());
        segment.put("quote", h.quote());
        segment.put("codes", h.codes());
        segment.put("coder", h.coder());
        segment.put("codedOn", h.codedOn() == null ? null : h.codedOn().toString());
        return segment;
    }
}
