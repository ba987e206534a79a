package org.coprod.export.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.core.BovairdTypology;
import org.coprod.core.Countries;
import org.coprod.model.ActorType;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Role;
import org.coprod.model.TypologyCoding;

/**
 * The columns of Participedia's case export (its {@code create-csv-data-dump}), so that a team can hand our cases to
 * Participedia or read them beside Participedia's own file: its 74 case fields in its order, the 18 multi-valued ones
 * spread over {@code <field>_1}…{@code <field>_5} (a {@code _k} column only when some row has a k-th value, as there).
 * <p>
 * What is filled from a case: {@code id} (our id, not a Participedia id), {@code type} {@code case}, {@code title},
 * {@code description} (the summary), {@code body} (summary and context), {@code country} (the English name of its first
 * country), {@code ongoing} (1, or 0 only when an end year is recorded), {@code is_component_of_id}/{@code _title} (the
 * parent case), {@code has_components_titles} (its child cases), {@code approaches} ({@code coproduction} when a public
 * body takes part, {@code coproduction_form} when a private firm does) and {@code purposes} ({@code deliver} when a
 * placement in Bovaird's typology has users or communities delivering, rows D2 and D3). Dates stay
 * empty: our periods are years, and Participedia's dates are days. Every other field has no counterpart and is empty.
 */
public final class ParticipediaColumns {

    /** Participedia's case fields, in its export's order. */
    public static final List<String> FIELDS = List.of("id", "type", "title", "url", "description", "featured", "post_date",
            "updated_date", "creator_id", "creator_name", "creator_profile_url", "last_updated_by_id", "last_updated_by_name",
            "last_updated_by_profile_url", "original_language", "address1", "address2", "city", "province", "postal_code", "country",
            "latitude", "longitude", "is_component_of_id", "is_component_of_title", "is_component_of_url",
            "specific_methods_tools_techniques_titles", "has_components_titles", "general_issues", "specific_topics",
            "scope_of_influence", "start_date", "end_date", "ongoing", "time_limited", "purposes", "approaches", "public_spectrum",
            "number_of_participants", "open_limited", "recruitment_method", "targeted_participants", "method_types",
            "tools_techniques_types", "legality", "facilitators", "facilitator_training", "facetoface_online_or_both",
            "participants_interactions", "learning_resources", "decision_methods", "if_voting", "insights_outcomes",
            "primary_organizer_id", "primary_organizer_title", "primary_organizer_url", "organizer_types", "funder", "funder_types",
            "staff", "volunteers", "impact_evidence", "change_types", "implementers_of_change", "formal_evaluation", "body",
            "files_count", "links_count", "photos_count", "videos_count", "audio_count", "evaluation_reports_count",
            "evaluation_links_count", "collections");

    /** The fields Participedia spreads over numbered columns. */
    public static final Set<String> MULTI_VALUED = Set.of("general_issues", "specific_topics", "implementers_of_change", "change_types",
            "funder_types", "organizer_types", "insights_outcomes", "if_voting", "decision_methods", "learning_resources",
            "participants_interactions", "tools_techniques_types", "method_types", "targeted_participants", "approaches", "purposes",
            "number_of_participants", "scope_of_influence");

    /** Participedia keeps no more values of a field than this. */
    public static final int MAX_VALUES = 5;

    /** The longest cell Excel holds, where Participedia cuts a body. */
    static final int MAX_CELL = 32_766;

    private static final Set<ActorType> PUBLIC_BODIES = Set.of(ActorType.NATIONAL_GOVERNMENT, ActorType.LOCAL_GOVERNMENT,
            ActorType.PUBLIC_AGENCY);
    private static final Set<ActorType> PRIVATE_FIRMS = Set.of(ActorType.PRIVATE_SECTOR, ActorType.BUSINESS_ASSOCIATION);

    private ParticipediaColumns() {
    }

    /** One case as Participedia's fields: a single value (String or Integer) or, for a multi-valued field, a list. */
    public static Map<String, Object> row(Case c, CaseLibrary library) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("type", "case");
        row.put("title", c.getName());
        row.put("description", cut(c.getSummary()));
        row.put("country", c.getCountries().isEmpty() ? null : Countries.name(c.getCountries().get(0)));
        if (c.getParent() != null) {
            row.put("is_component_of_id", c.getParent().getId());
            row.put("is_component_of_title", c.getParent().getName());
        }
        String children = library == null ? "" : library.getCases().stream().filter(k -> k.getParent() == c).map(Case::getName)
                .collect(Collectors.joining(", "));
        row.put("has_components_titles", children.isEmpty() ? null : children);
        row.put("ongoing", c.isOngoing() ? Integer.valueOf(1) : c.getPeriodEnd() != null ? Integer.valueOf(0) : null);
        row.put("purposes", usersDeliver(c) ? List.of("deliver") : List.of());
        row.put("approaches", approaches(c));
        row.put("body", cut(body(c)));
        return row;
    }

    /**
     * The header for these rows: every field in order, a multi-valued field as {@code _1}… up to the most values any
     * row has (at most {@value #MAX_VALUES}), and not at all when no row has one.
     */
    public static List<String> header(List<Map<String, Object>> rows) {
        List<String> header = new ArrayList<>();
        for (String field : FIELDS) {
            if (!MULTI_VALUED.contains(field)) {
                header.add(field);
                continue;
            }
            int most = rows.stream().mapToInt(r -> values(r, field).size()).max().orElse(0);
            for (int k = 1; k <= Math.min(MAX_VALUES, most); k++) {
                header.add(field + "_" + k);
            }
        }
        return header;
    }

    /**
     * A row's cell under a header column. Values after the first of a multi-valued field begin with a space, as in
     * Participedia's own export (it joins the values with ", " and splits them again on ",").
     */
    public static Object cell(Map<String, Object> row, String column) {
        if (row.containsKey(column) && !MULTI_VALUED.contains(column)) {
            return row.get(column);
        }
        int underscore = column.lastIndexOf('_');
        String field = underscore < 0 ? column : column.substring(0, underscore);
        if (!MULTI_VALUED.contains(field)) {
            return null;
        }
        int k = Integer.parseInt(column.substring(underscore + 1));
        List<String> values = values(row, field);
        return k <= values.size() ? (k == 1 ? "" : " ") + values.get(k - 1) : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> row, String field) {
        Object v = row.get(field);
        return v instanceof List<?> list ? (List<String>) list : List.of();
    }

    /**
     * Whether a placement of the case in Bovaird's typology has users or communities delivering the service (the
     * delivery rows D2 and D3): only then does the case claim Participedia's purpose "deliver".
     */
    private static boolean usersDeliver(Case c) {
        return c.getCodings().stream().map(TypologyCoding::getCell).filter(cell -> cell != null && cell.getId() != null
                && cell.getId().startsWith(BovairdTypology.ID + ".") && cell.getCode() != null)
                .anyMatch(cell -> cell.getCode().endsWith("-D2") || cell.getCode().endsWith("-D3"));
    }

    private static List<String> approaches(Case c) {
        List<String> out = new ArrayList<>();
        if (c.getRoles().stream().anyMatch(r -> takesPart(r, PUBLIC_BODIES))) {
            out.add("coproduction");
        }
        if (c.getRoles().stream().anyMatch(r -> takesPart(r, PRIVATE_FIRMS))) {
            out.add("coproduction_form");
        }
        return out;
    }

    private static boolean takesPart(Role r, Set<ActorType> types) {
        return r.getActor() != null && types.contains(r.getActor().getType());
    }

    private static String body(Case c) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] { c.getSummary(), c.getContext() }) {
            if (p != null && !p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String cut(String text) {
        if (text == null || text.length() <= MAX_CELL) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CELL - 1)) ? MAX_CELL - 1 : MAX_CELL;
        return text.substring(0, end);
    }
}
