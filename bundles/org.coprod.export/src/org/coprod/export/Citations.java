package org.coprod.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.coprod.model.Source;
import org.coprod.model.SourceRef;

/**
 * The sources a brief cites, numbered in the order they are first cited: each source gets one number and one entry in
 * the reference list at the end, and every citation in the text names that number with the author, the year and the
 * locator ("[2: Mitlin 2008, section VI]"), so the same source cited forty times is still one reference and no
 * footnote repeats it.
 */
final class Citations {

    /** Words that mark an organisation rather than a person among a source's authors. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)^the\\s|\\b(team|centre|center|institute|network|trust|council|department|ministry|bank|programme|program|"
                    + "foundation|association|federation|alliance|commission|agency|office|unit|group|university|school|ngo)\\b");

    private final Map<String, Source> cited = new LinkedHashMap<>();

    /** An in-text citation for a source reference, or nothing when the reference names no source. */
    List<Inline> cite(SourceRef ref) {
        if (ref == null || ref.getSource() == null) {
            return List.of();
        }
        return List.of(Inline.plain(" [" + shortCitation(ref) + "]"));
    }

    /** One citation naming several references at once (duplicates removed). */
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
        return parts.isEmpty() ? List.of() : List.of(Inline.plain(" [" + String.join("; ", parts) + "]"));
    }

    /** A citation of a source as a whole. */
    List<Inline> cite(Source source) {
        return List.of(Inline.plain(" [" + shortCitation(source, null) + "]"));
    }

    /** "2: Mitlin 2008, section VI", recording the source for the reference list. */
    String shortCitation(SourceRef ref) {
        return shortCitation(ref.getSource(), ref.getLocator());
    }

    private String shortCitation(Source s, String locator) {
        StringBuilder b = new StringBuilder().append(number(s)).append(": ").append(authorYear(s));
        if (locator != null && !locator.isBlank()) {
            b.append(", ").append(locator.strip());
        }
        return b.toString();
    }

    /** The source's number in this brief, given when it is first cited. */
    int number(Source s) {
        String key = key(s);
        cited.putIfAbsent(key, s);
        int n = 1;
        for (String k : cited.keySet()) {
            if (k.equals(key)) {
                return n;
            }
            n++;
        }
        throw new IllegalStateException(key);
    }

    /** "Mitlin 2008", "The CoP team 2021", "Durose et al. 2013". */
    static String authorYear(Source s) {
        return author(s) + (s.getYear() == null ? "" : " " + s.getYear());
    }

    /** The sources cited so far, in the order of their numbers. */
    List<Source> references() {
        return new ArrayList<>(cited.values());
    }

    /** The full citation of a source. */
    static String fullCitation(Source s) {
        return s.getCitation() != null && !s.getCitation().isBlank() ? s.getCitation()
                : authorYear(s) + ". " + nonNull(s.getShortTitle());
    }

    /**
     * How the text names a source's authors: a person by surname ("Bovaird"), several people by the first surname and
     * "et al.", and an organisation by its whole name ("The CoP team"), never by its last word.
     */
    static String author(Source s) {
        String a = s.getAuthors();
        if (a == null || a.isBlank()) {
            return s.getShortTitle() != null && !s.getShortTitle().isBlank() ? s.getShortTitle() : nonNull(s.getId());
        }
        String[] names = a.split(";");
        String first = names[0].replace("(eds)", "").replace("(ed.)", "").trim();
        if (names.length == 1 && organisation(first, s.getCitation())) {
            return first;
        }
        String surname = first.contains(",") ? first.substring(0, first.indexOf(',')) : first.substring(first.lastIndexOf(' ') + 1);
        return names.length > 1 ? surname + " et al." : surname;
    }

    /** An organisation: its name has an organisation's word, or the full citation begins with the name as written. */
    private static boolean organisation(String name, String citation) {
        if (ORGANISATION.matcher(name).find() || !name.contains(" ")) {
            return true;
        }
        return citation != null && citation.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + " (");
    }

    private static String key(Source s) {
        return s.getId() != null ? s.getId() : s.getCitation() != null ? s.getCitation() : String.valueOf(System.identityHashCode(s));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
