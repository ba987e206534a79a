package org.coprod.export;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.CaseFamily;
import org.coprod.model.Case;
import org.coprod.model.DiffusionLink;

/**
 * What travelled from a case: its diffusion links (where it spread, by which mechanism) and the cases the library
 * records as its children (a replication, an affiliate, a programme grown out of it), each by name and place. An
 * empty list means neither is recorded, which is what the brief then says, and nothing more.
 */
final class Travel {

    private Travel() {
    }

    /** One item per link and per child case, capped per case as the tables are. */
    static List<List<Inline>> items(Case c, boolean nameTheCase, CaseFacts facts) {
        List<List<Inline>> items = new ArrayList<>();
        String from = nameTheCase ? CaseFacts.shortName(c) + " → " : "→ ";
        for (DiffusionLink d : CaseTables.shown(c.getDiffusion())) {
            String to = d.getToCase() != null ? CaseFacts.shortName(d.getToCase()) : d.getToCountry() != null
                    ? facts.countryName(d.getToCountry()) : facts.t("travel.elsewhere");
            String how = d.getMechanism() == null ? "" : facts.literal(d.getMechanism());
            String year = d.getYear() == null ? "" : d.getYear().toString();
            String detail = String.join(", ", List.of(how, year).stream().filter(s -> !s.isEmpty()).toList());
            items.add(List.of(Inline.plain(from + to + (detail.isEmpty() ? "" : " (" + detail + ")")
                    + (CaseFacts.blank(d.getDescription()) ? "" : ": " + d.getDescription().strip()))));
        }
        facts.moreItem(items, c.getDiffusion().size(), facts.t("travel.more", CaseFacts.shortName(c)));
        List<Case> children = CaseFamily.children(c);
        for (Case child : CaseTables.shown(children)) {
            String where = facts.location(child);
            items.add(List.of(Inline.plain(from + facts.t("travel.child", CaseFacts.shortName(child),
                    where.equals(facts.none()) ? "" : " (" + where + ")"))));
        }
        facts.moreItem(items, children.size(), facts.t("travel.moreChildren", CaseFacts.shortName(c)));
        return items;
    }

    /**
     * One item per case that something travelled from, for a comparative brief: the case's name, then its diffusion
     * links and the cases grown out of it, each by name and place, in one line.
     */
    static List<List<Inline>> perCase(List<Case> cases, CaseFacts facts) {
        List<List<Inline>> items = new ArrayList<>();
        for (Case c : cases) {
            List<List<Inline>> each = items(c, false, facts);
            if (each.isEmpty()) {
                continue;
            }
            List<Inline> item = new ArrayList<>();
            item.add(Inline.bold(CaseFacts.shortName(c) + " "));
            for (int i = 0; i < each.size(); i++) {
                List<Inline> one = each.get(i);
                if (i > 0 && !one.isEmpty() && one.get(0) instanceof Inline.Text first) {
                    item.add(Inline.plain("; " + first.text().replaceFirst("^→ ", "")));
                    item.addAll(one.subList(1, one.size()));
                } else {
                    item.addAll(one);
                }
            }
            items.add(item);
        }
        return items;
    }

    /** Whether anything travelled from any of the cases. */
    static boolean any(List<Case> cases) {
        return cases.stream().anyMatch(c -> !c.getDiffusion().isEmpty() || !CaseFamily.children(c).isEmpty());
    }
}
