package org.coprod.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.Precedents;
import org.coprod.search.SearchHit;

import com.google.gson.GsonBuilder;

/** {@code coprod similar <case-id>}: the cases most like a given case — its precedents. */
final class SimilarCommand implements Command {

    @Override
    public String name() {
        return "similar";
    }

    @Override
    public String summary() {
        return "Cases most like a given case (precedents)";
    }

    @Override
    public String usage() {
        return "coprod similar <case-id> [--limit N] [--json]";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("limit"), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException("give one case id, such as coprod similar opp-orangi-sanitation");
        }
        int limit = args.intOption("limit", 10);
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        String id = args.positional().get(0);
        Library library = args.openLibrary(err);
        Case c = library.findCase(id).orElseThrow(() -> new UsageException(
                "the library in " + library.folder() + " has no case '" + id + "' (coprod search lists case ids)"));
        try (CaseIndex index = SearchCommand.openIndex(library, name(), err)) {
            List<SearchHit> hits = new Precedents(index).like(c, limit);
            if (args.flag("json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("case", c.getId());
                json.put("name", c.getName());
                json.put("hits", SearchCommand.hitsJson(hits));
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
                return Commands.OK;
            }
            out.println("Cases most like " + c.getName() + " [" + c.getId() + "], most similar first:");
            SearchCommand.printHits(hits, out);
            return Commands.OK;
        }
    }
}
