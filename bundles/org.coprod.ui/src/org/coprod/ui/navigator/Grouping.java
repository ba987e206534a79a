package org.coprod.ui.navigator;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.coprod.core.Countries;
import org.coprod.ui.summary.CaseSummary;

/** The ways the navigator groups cases: each case goes under every value it has (a case in two countries shows twice). */
public enum Grouping {
    COUNTRY("Country", CaseSummary::countries),
    SECTOR("Sector", CaseSummary::sectors),
    CELL("Typology cell", CaseSummary::cells),
    INITIATOR("Initiator mode", s -> s.initiatorMode().isEmpty() ? List.of() : List.of(s.initiatorMode()));

    private final String label;
    private final Function<CaseSummary, List<String>> keys;

    Grouping(String label, Function<CaseSummary, List<String>> keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    /** A group of the tree: its key, its cases (sorted by name) and what the tree calls it (a country by its name). */
    public record Group(String key, List<CaseSummary> cases, String label) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return label + " (" + cases.size() + ")";
        }
    }

    /** The groups of these cases, by key; cases without a value go under "(none)", last. */
    public List<Group> groups(Collection<CaseSummary> summaries) {
        Map<String, List<CaseSummary>> byKey = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<CaseSummary> none = new ArrayList<>();
        for (CaseSummary s : summaries) {
            List<String> ks = keys.apply(s);
            if (ks.isEmpty()) {
                none.add(s);
            }
            for (String k : ks) {
                byKey.computeIfAbsent(this == CELL ? k.substring(k.indexOf(':') + 1) : k, x -> new ArrayList<>()).add(s);
            }
        }
        List<Group> out = new ArrayList<>();
        Comparator<CaseSummary> byName = Comparator.comparing(CaseSummary::name, String.CASE_INSENSITIVE_ORDER);
        byKey.forEach((k, list) -> {
            list.sort(byName);
            out.add(new Group(k, list, this == COUNTRY ? Countries.label(k, Locale.getDefault()) : k));
        });
        if (this == COUNTRY) {
            // by the names the user reads, not by the codes
            out.sort(Comparator.comparing(Group::label, Collator.getInstance()));
        }
        if (!none.isEmpty()) {
            none.sort(byName);
            out.add(new Group("(none)", none, "(none)"));
        }
        return out;
    }
}
