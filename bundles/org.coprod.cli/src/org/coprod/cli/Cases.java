package org.coprod.cli;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.model.Case;

/** The cases a command is asked about with {@code --cases ID[,ID...]} (or {@code --case}): every case when none is named. */
final class Cases {

    private Cases() {
    }

    /** The named cases in the order given, or the library's cases in its order; an unknown id is named. */
    static List<Case> chosen(Library library, Arguments args) throws UsageException {
        List<String> ids = new ArrayList<>();
        for (String value : args.options("cases")) {
            ids.addAll(List.of(value.split(",")));
        }
        for (String value : args.options("case")) {
            ids.addAll(List.of(value.split(",")));
        }
        ids.removeIf(String::isBlank);
        if (ids.isEmpty()) {
            return List.copyOf(library.root().getCases());
        }
        try {
            return BriefExport.cases(library, ids.stream().distinct().toList());
        } catch (BriefException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** "1 case", "3 cases". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
