package org.coprod.core.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.coprod.model.Case;
import org.coprod.model.Code;
import org.coprod.model.Sector;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCell;

/**
 * Retrieves coded passages across cases by a {@link CodeQuery}, within the same segment or the same case, among the
 * cases a filter keeps. Within a case, the passages returned are those carrying a code the query asks for: "A AND NOT
 * B, same case" returns the A passages of the cases that have no B passage at all.
 */
public final class Retrieval {

    /** Where the codes of a query must meet. */
    public enum Scope {
        SEGMENT, CASE
    }

    /** A passage found, with its case. */
    public record Found(Case c, Segment segment) {
    }

    private Retrieval() {
    }

    /** The passages matching a query, case by case in the order given, each case's in its own order. */
    public static List<Found> find(Collection<Case> cases, CodeQuery query, Scope scope, Predicate<Case> filter) {
        List<Found> out = new ArrayList<>();
        Set<Code> wanted = query.wanted();
        for (Case c : cases) {
            if (c.getSegments().isEmpty() || !filter.test(c)) {
                continue;
            }
            if (scope == Scope.SEGMENT) {
                for (Segment s : c.getSegments()) {
                    if (query.test(s.getCodes())) { // a passage has one to a few codes: no set to build
                        out.add(new Found(c, s));
                    }
                }
            } else if (query.test(codesOf(c))) {
                for (Segment s : c.getSegments()) {
                    if (s.getCodes().stream().anyMatch(wanted::contains)) {
                        out.add(new Found(c, s));
                    }
                }
            }
        }
        return out;
    }

    /** Every code of a case's segments. */
    public static Set<Code> codesOf(Case c) {
        Set<Code> codes = new HashSet<>();
        c.getSegments().forEach(s -> codes.addAll(s.getCodes()));
        return codes;
    }

    /** Keeps every case. */
    public static Predicate<Case> anyCase() {
        return c -> true;
    }

    /** Keeps the cases in a country (ISO code). */
    public static Predicate<Case> inCountry(String country) {
        return c -> c.getCountries().stream().anyMatch(country::equalsIgnoreCase);
    }

    /** Keeps the cases in a sector. */
    public static Predicate<Case> inSector(Sector sector) {
        return c -> c.getSectors().contains(sector);
    }

    /** Keeps the cases coded into a typology cell. */
    public static Predicate<Case> inCell(TypologyCell cell) {
        return c -> c.getCodings().stream().anyMatch(k -> k.getCell() == cell);
    }
}
