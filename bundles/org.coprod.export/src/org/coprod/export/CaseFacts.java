package org.coprod.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.coprod.core.ContributionTotals;
import org.coprod.core.Countries;
import org.coprod.core.Labels;
import org.coprod.core.Participation;
import org.coprod.core.ValueChain;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Collector;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.EvidenceType;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Enumerator;

/** How the facts of one case read in a brief: short phrases built from the model, with provenance flags kept. */
final class CaseFacts {

    static final String NONE = BriefText.t("none");

    private CaseFacts() {
    }

    /** The case's name without a long parenthesis, for column headings. */
    static String shortName(Case c) {
        String name = c.getName() == null || c.getName().isBlank() ? c.getId() : c.getName();
        name = name.replaceAll(" \\([^)]*\\)", "");
        int colon = name.indexOf(": ");
        if (name.length() > 40 && colon > 12) {
            name = name.substring(0, colon);
        }
        if (name.length() <= 60) {
            return name;
        }
        int space = name.lastIndexOf(' ', 58);
        return name.substring(0, space > 30 ? space : 58).replaceAll("[,;:]+$", "") + "\u2026"; // a whole word, then "…"
    }

    static String location(Case c) {
        List<String> parts = new ArrayList<>(c.getPlaces());
        if (!c.getCountries().isEmpty()) {
            parts.add(String.join(", ", c.getCountries().stream().map(CaseFacts::countryName).toList()));
        }
        return parts.isEmpty() ? NONE : String.join("; ", parts);
    }

    static String countryName(String iso) {
        return Countries.name(iso);
    }

    static String period(Case c) {
        String from = c.getPeriodStart() == null ? "?" : c.getPeriodStart().toString();
        String to = c.getPeriodEnd() != null ? c.getPeriodEnd().toString() : c.isOngoing() ? "ongoing" : "";
        String text = c.getPeriodStart() == null && to.isEmpty() ? NONE : from + "–" + to;
        if (!c.getPhases().isEmpty()) {
            text += "; phases: " + c.getPhases().stream().map(CaseFacts::phaseName).collect(Collectors.joining(", "));
        }
        return text;
    }

    /** The phase's name without its description: "start-up" for "start-up: top-down planning ...". */
    static String phaseName(Phase p) {
        String label = p.getLabel() == null ? p.getId() : p.getLabel();
        int colon = label == null ? -1 : label.indexOf(':');
        return colon > 0 ? label.substring(0, colon) : label;
    }

    static String phase(Phase p) {
        String years = p.getStartYear() == null ? ""
                : " (" + p.getStartYear() + (p.getEndYear() == null ? "–" : "–" + p.getEndYear()) + ")";
        return (p.getLabel() == null ? p.getId() : p.getLabel()) + years;
    }

    static String sectors(Case c) {
        return literals(c.getSectors());
    }

    static String literals(List<? extends Enumerator> values) {
        return values.isEmpty() ? NONE : values.stream().map(Labels::of).collect(Collectors.joining(", "));
    }

    static String literal(Enumerator e) {
        return e == null ? NONE : Labels.of(e);
    }

    /**
     * A coding as printed: a document-assigned cell plain ("P2-D3 (document)"), a coder's guess with "?" and its
     * confidence ("P2-D2? (coder, medium)"), so that a reader never takes a guess for the source's word.
     */
    static String coding(TypologyCoding t) {
        String code = t.getCell() == null ? "?" : t.getCell().getCode();
        String where = t.getPhase() != null ? " [" + phaseName(t.getPhase()) + "]"
                : t.getComponent() != null && !t.getComponent().isBlank() ? " [" + t.getComponent() + "]" : "";
        return code + flag(t.getAssignedBy(), t.getConfidence() == null ? null : Labels.of(t.getConfidence())) + where;
    }

    static String flag(AssignedBy by, String confidence) {
        if (by == AssignedBy.DOCUMENT) {
            return " (document)";
        }
        return "? (coder" + (confidence == null ? "" : ", " + confidence) + ")";
    }

    static boolean isGuess(TypologyCoding t) {
        return t.getAssignedBy() != AssignedBy.DOCUMENT;
    }

    /**
     * The case's codings, then the cell its roles give wherever the coder placed it elsewhere ("roles suggest P1-D1"),
     * so a reader sees a placement the recorded roles do not bear out.
     */
    static String codings(Case c) {
        if (c.getCodings().isEmpty()) {
            return "not coded";
        }
        List<String> parts = new ArrayList<>(c.getCodings().stream().map(CaseFacts::coding).toList());
        for (String component : ValueChain.components(c)) {
            ValueChain.derivedCellDiffering(c, component)
                    .ifPresent(code -> parts.add("roles suggest " + code + (component == null ? "" : " [" + component + "]")));
        }
        return String.join("; ", parts);
    }

    static String driver(DriverCoding d) {
        return literal(d.getDriver()) + (d.getAssignedBy() == AssignedBy.DOCUMENT ? " (document)"
                : "? (coder" + (d.getConfidence() == null ? "" : ", " + Labels.of(d.getConfidence())) + ")");
    }

    static String drivers(Case c) {
        return c.getDrivers().isEmpty() ? NONE : c.getDrivers().stream().map(CaseFacts::driver).collect(Collectors.joining("; "));
    }

    /** The co-producer types recorded, or the community actors named in the roles. */
    static String coProducers(Case c) {
        if (!c.getCoProducers().isEmpty()) {
            return literals(c.getCoProducers());
        }
        List<String> names = c.getRoles().stream().filter(r -> Participation.isCommunity(r.getActor()))
                .map(r -> r.getActor().getName()).distinct().toList();
        return names.isEmpty() ? NONE : String.join("; ", names);
    }

    static String stateStance(Case c) {
        PoliticalProfile p = c.getPoliticalProfile();
        return p == null ? NONE : literal(p.getStateStance());
    }

    static String scale(Case c) {
        return blank(c.getScale()) ? NONE : c.getScale();
    }

    static String number(Double v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(v);
    }

    static String outcome(Outcome o) {
        StringBuilder b = new StringBuilder(blank(o.getIndicator()) ? literal(o.getDomain()) : o.getIndicator());
        if (o.getValue() != null) {
            b.append(": ").append(number(o.getValue()));
            if (!blank(o.getUnit())) {
                b.append(' ').append(o.getUnit());
            }
        }
        b.append(o.getYear() == null ? " (year not given)" : " (" + o.getYear() + ")");
        return b.toString();
    }

    /** Up to two outcomes with a figure, the first recorded otherwise. */
    static String headlineOutcomes(Case c) {
        List<Outcome> withValue = c.getOutcomes().stream().filter(o -> o.getValue() != null).limit(2).toList();
        List<Outcome> chosen = withValue.isEmpty() ? c.getOutcomes().stream().limit(1).toList() : withValue;
        return chosen.isEmpty() ? NONE : chosen.stream().map(CaseFacts::outcome).collect(Collectors.joining("; "));
    }

    static String amount(ResourceContribution r) {
        if (r.getAmount() == null) {
            return ContributionTotals.withoutAmount(r);
        }
        return (blank(r.getCurrency()) ? "" : r.getCurrency() + " ") + number(r.getAmount());
    }

    /** Bovaird's depth levels, strongest first; other evidence types rank by how independent they are. */
    static int depthRank(EvidenceType t) {
        if (t == null) {
            return 99;
        }
        return switch (t) {
            case FULL_CASE_STUDY, EVALUATION_WITH_COMPARISON -> 0;
            case VISIT_AND_DOCUMENTS, HOUSEHOLD_SURVEY, POLITICAL_ETHNOGRAPHY -> 1;
            case DOCUMENTS_AND_CORRESPONDENCE, ADMINISTRATIVE_STATISTICS, PARTICIPATION_SURVEY, OPINION_POLL, LITERATURE_SYNTHESIS -> 2;
            case PRACTITIONER_TESTIMONY, COMMUNITY_GENERATED_DATA, PARTICIPANT_STATEMENT, OTHER -> 3;
        };
    }

    /** The rank of the case's deepest evidence (0 strongest), 99 when none is recorded. */
    static int depth(Case c) {
        return c.getEvidence().stream().mapToInt(e -> depthRank(e.getType())).min().orElse(99);
    }

    static String depthRating(Case c) {
        return switch (depth(c)) {
            case 0 -> "strong";
            case 1 -> "good";
            case 2 -> "moderate";
            case 3 -> "weak";
            default -> "unrated";
        };
    }

    static String evidence(Case c) {
        if (c.getEvidence().isEmpty()) {
            return NONE;
        }
        List<Evidence> sorted = new ArrayList<>(c.getEvidence());
        sorted.sort(Comparator.comparingInt(e -> depthRank(e.getType())));
        return sorted.stream().map(CaseFacts::evidence).distinct().collect(Collectors.joining("; "));
    }

    static String evidence(Evidence e) {
        String s = literal(e.getType());
        if (e.getCollector() != null && e.getCollector() != Collector.UNKNOWN) {
            s += ", by " + Labels.of(e.getCollector());
        }
        if (!blank(e.getDate())) {
            s += ", " + e.getDate();
        }
        return s;
    }

    /** "A", "A and B", "A, B and C". */
    static String series(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + BriefText.t("series.and") + items.get(items.size() - 1);
    }

    /**
     * Whether a savings scheme is recorded: a ticked scheme or counted members say yes; an unticked box says nothing, as
     * the library cannot tell "no scheme" from "not recorded".
     */
    static boolean savingsRecorded(PoliticalProfile p) {
        return p != null && (p.isSavingsScheme() || p.getSavingsMembers() != null && p.getSavingsMembers() > 0);
    }

    /** The savings scheme as a table or list shows it, empty when none is recorded (never "no"). */
    static String savings(PoliticalProfile p, String yes) {
        if (!savingsRecorded(p)) {
            return "";
        }
        return yes + (p.getSavingsMembers() == null ? "" : ", " + number(p.getSavingsMembers().doubleValue()) + " members")
                + (p.getWomenSharePercent() == null ? "" : ", " + p.getWomenSharePercent() + "% women")
                + (blank(p.getFunds()) ? "" : "; " + p.getFunds());
    }

    /** A value a reader learns nothing from: blank, a dash, "not recorded" or "unknown". */
    static boolean unknown(String s) {
        if (blank(s)) {
            return true;
        }
        String v = s.strip();
        return v.equals("–") || v.equals("-") || v.equals(NONE) || v.equalsIgnoreCase("unknown") || v.equals("not coded");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNone(String s) {
        return blank(s) ? NONE : s;
    }
}
