package org.coprod.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coprod.model.Source;
import org.coprod.model.SourceRef;

/**
 * The sources a brief cites: each citation becomes a footnote ("Bovaird 2007, p. 12"), and every source cited goes to
 * the reference list at the end, once.
 */
final class Citations {

    private final Map<String, Source> cited = new LinkedHashMap<>();

    /** A footnote for a source reference, or nothing when the reference names no source. */
    List<Inline> cite(SourceRef ref) {
        if (ref == null || ref.getSource() == null) {
            return List.of();
        }
        return List.of(new Inline.Footnote(List.of(Inline.plain(shortCitation(ref)))));
    }

    /** A footnote naming several references at once (duplicates removed). */
    List<Inline> citeAll(List<SourceRef> refs) {
        List<String> parts = new ArrayList<>();
        for (SourceRef ref : refs) {
            if (ref != null && ref.getSource() != null) {
                String s = shortCitation(ref);
                if (!parts.contains(s)) {
                    parts.add(s);
                }
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return List.of(new Inline.Footnote(List.of(Inline.plain(String.join("; ", parts) + "."))));
    }

    /** A footnote citing a source as a whole, recorded for the reference list. */
    List<Inline> cite(Source source) {
        return List.of(new Inline.Footnote(List.of(Inline.plain(shortCitation(source, null)))));
    }

    /** "Bovaird (2007), Beyond Engagement and Participation, p. 12", recording the source for the reference list. */
    String shortCitation(SourceRef ref) {
        return shortCitation(ref.getSource(), ref.getLocator());
    }

    private String shortCitation(Source s, String locator) {
        cited.putIfAbsent(key(s), s);
        StringBuilder b = new StringBuilder(author(s));
        if (s.getYear() != null) {
            b.append(" (").append(s.getYear()).append(')');
        }
        if (s.getShortTitle() != null && !s.getShortTitle().isBlank()) {
            b.append(", ").append(s.getShortTitle());
        }
        if (locator != null && !locator.isBlank()) {
            b.append(", ").append(locator);
        }
        return b.toString();
    }

    /** The sources cited so far, by author then year. */
    List<Source> references() {
        List<Source> list = new ArrayList<>(cited.values());
        list.sort(Comparator.comparing(Citations::author).thenComparing(s -> s.getYear() == null ? 0 : s.getYear()));
        return list;
    }

    /** The full citation of a source, with the seed file it came from. */
    static String fullCitation(Source s) {
        String text = s.getCitation() != null && !s.getCitation().isBlank() ? s.getCitation()
                : author(s) + (s.getYear() != null ? " (" + s.getYear() + ")" : "") + ". " + nonNull(s.getShortTitle());
        return text;
    }

    static String author(Source s) {
        String a = s.getAuthors();
        if (a == null || a.isBlank()) {
            return s.getShortTitle() != null ? s.getShortTitle() : nonNull(s.getId());
        }
        // "Catherine Durose; Jonathan Justice; ..." cites as "Durose et al."
        String[] names = a.split(";");
        String first = names[0].replace("(eds)", "").trim();
        String surname = first.contains(",") ? first.substring(0, first.indexOf(',')) : first.substring(first.lastIndexOf(' ') + 1);
        return names.length > 1 ? surname + " et al." : surname;
    }

    private static String key(Source s) {
        return s.getId() != null ? s.getId() : s.getCitation() != null ? s.getCitation() : String.valueOf(System.identityHashCode(s));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
