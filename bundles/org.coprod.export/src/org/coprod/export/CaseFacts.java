package org.coprod.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coprod.core.ContributionTotals;
import org.coprod.core.Labels;
import org.coprod.core.Participation;
import org.coprod.core.ValueChain;
import org.coprod.model.ActorType;
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

/**
 * How the facts of one case read in a brief, in the brief's language: short phrases built from the model, with
 * provenance flags kept. The case's own words (names, places, notes) stay as written.
 */
final class CaseFacts {

    private final BriefText text;
    private final String none;

    CaseFacts(BriefText text) {
        this.text = text;
        this.none = text.get("none");
    }

    static CaseFacts english() {
        return new CaseFacts(BriefText.english());
    }

    /** The brief's words. */
    BriefText text() {
        return text;
    }

    /** The text of a key in the brief's language. */
    String t(String key, Object... args) {
        return text.get(key, args);
    }

    /** What the brief says for a fact the library does not record. */
    String none() {
        return none;
    }

    /** The case's name without a long parenthesis, for column headings. */
    static String shortName(Case c) {
        // printable here, not only where the brief is made safe: the figures draw the short names as they assemble
        String name = SafeText.printable(c.getName() == null || c.getName().isBlank() ? c.getId() : c.getName());
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

    String location(Case c) {
        List<String> parts = new ArrayList<>(c.getPlaces());
        if (!c.getCountries().isEmpty()) {
            parts.add(String.join(", ", c.getCountries().stream().map(this::countryName).toList()));
        }
        return parts.isEmpty() ? none : String.join("; ", parts);
    }

    String countryName(String iso) {
        return text.country(iso);
    }

    String period(Case c) {
        String from = c.getPeriodStart() == null ? "?" : c.getPeriodStart().toString();
        String to = c.getPeriodEnd() != null ? c.getPeriodEnd().toString() : c.isOngoing() ? t("fact.ongoing") : "";
        String period = c.getPeriodStart() == null && to.isEmpty() ? none : from + "–" + to;
        if (!c.getPhases().isEmpty()) {
            period += t("fact.phases", c.getPhases().stream().map(CaseFacts::phaseName).collect(Collectors.joining(", ")));
        }
        return period;
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

    String sectors(Case c) {
        return literals(c.getSectors());
    }

    String literals(List<? extends Enumerator> values) {
        return values.isEmpty() ? none : values.stream().map(text::label).collect(Collectors.joining(", "));
    }

    String literal(Enumerator e) {
        return e == null ? none : text.label(e);
    }

    /**
     * A coding as printed: a document-assigned cell plain ("P2-D3 (document)"), a coder's guess with "?" and its
     * confidence ("P2-D2? (coder, medium)"), so that a reader never takes a guess for the source's word.
     */
    String coding(TypologyCoding t) {
        String code = t.getCell() == null ? "?" : t.getCell().getCode();
        String where = t.getPhase() != null ? " [" + phaseName(t.getPhase()) + "]"
                : t.getComponent() != null && !t.getComponent().isBlank() ? " [" + t.getComponent() + "]" : "";
        return code + flag(t.getAssignedBy(), t.getConfidence() == null ? null : text.label(t.getConfidence())) + where;
    }

    String flag(AssignedBy by, String confidence) {
        if (by == AssignedBy.DOCUMENT) {
            return " " + t("fact.byDocument");
        }
        return "? " + (confidence == null ? t("fact.byCoder") : t("fact.byCoderWith", confidence));
    }

    static boolean isGuess(TypologyCoding t) {
        return t.getAssignedBy() != AssignedBy.DOCUMENT;
    }

    /**
     * The case's codings, then the cell its roles give wherever the coder placed it elsewhere ("roles suggest P1-D1"),
     * so a reader sees a placement the recorded roles do not bear out.
     */
    String codings(Case c) {
        if (c.getCodings().isEmpty()) {
            return t("fact.notCoded");
        }
        List<String> parts = new ArrayList<>(c.getCodings().stream().map(this::coding).toList());
        for (String component : ValueChain.components(c)) {
            ValueChain.derivedCellDiffering(c, component)
                    .ifPresent(code -> parts.add(t("fact.rolesSuggest", code) + (component == null ? "" : " [" + component + "]")));
        }
        return String.join("; ", parts);
    }

    String driver(DriverCoding d) {
        return literal(d.getDriver()) + flag(d.getAssignedBy(), d.getConfidence() == null ? null : text.label(d.getConfidence()));
    }

    String drivers(Case c) {
        return c.getDrivers().isEmpty() ? none : c.getDrivers().stream().map(this::driver).collect(Collectors.joining("; "));
    }

    /** The co-producer types recorded, or the community actors named in the roles. */
    String coProducers(Case c) {
        if (!c.getCoProducers().isEmpty()) {
            return literals(c.getCoProducers());
        }
        List<String> names = c.getRoles().stream().filter(r -> Participation.isCommunity(r.getActor()))
                .map(r -> r.getActor().getName()).distinct().toList();
        return names.isEmpty() ? none : String.join("; ", names);
    }

    String stateStance(Case c) {
        PoliticalProfile p = c.getPoliticalProfile();
        return p == null ? none : literal(p.getStateStance());
    }

    String scale(Case c) {
        return blank(c.getScale()) ? none : c.getScale();
    }

    String number(Double v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(text.locale()));
        return f.format(v);
    }

    String outcome(Outcome o) {
        StringBuilder b = new StringBuilder(blank(o.getIndicator()) ? literal(o.getDomain()) : o.getIndicator());
        if (o.getValue() != null) {
            b.append(": ").append(number(o.getValue()));
            if (!blank(o.getUnit())) {
                b.append(' ').append(o.getUnit());
            }
        }
        b.append(" (").append(o.getYear() == null ? t("year.unknown") : o.getYear().toString()).append(')');
        return b.toString();
    }

    /** Up to two outcomes with a figure, the first recorded otherwise. */
    String headlineOutcomes(Case c) {
        List<Outcome> withValue = c.getOutcomes().stream().filter(o -> o.getValue() != null).limit(2).toList();
        List<Outcome> chosen = withValue.isEmpty() ? c.getOutcomes().stream().limit(1).toList() : withValue;
        return chosen.isEmpty() ? none : chosen.stream().map(this::outcome).collect(Collectors.joining("; "));
    }

    String amount(ResourceContribution r) {
        if (r.getAmount() == null) {
            return ContributionTotals.isInKind(r) ? t("pays.inKind") : t("pays.amountNotRecorded");
        }
        return (blank(r.getCurrency()) ? "" : r.getCurrency() + " ") + number(r.getAmount());
    }

    /**
     * The contributions totalled by contributor type, both in the brief's words ("administração local" → "2.500.000 GBP;
     * 1 contribuição em espécie"), sorted by the type as the language writes it.
     */
    Map<String, String> pays(Case c) {
        Map<String, String> lines = new TreeMap<>(Collator.getInstance(text.locale()));
        ContributionTotals.of(c).byContributorType().forEach((type, line) -> lines.put(contributorType(type), line(line)));
        return lines;
    }

    /** The contributor type a contribution is totalled under, in the brief's words. */
    String contributorType(ResourceContribution r) {
        return contributorType(ContributionTotals.contributorType(r));
    }

    /** A contributor type as core names it in English ("local government", "unknown type"), in the brief's words. */
    private String contributorType(String english) {
        for (ActorType type : ActorType.VALUES) {
            if (Labels.of(type).equals(english)) {
                return text.label(type);
            }
        }
        return english.equals("unknown contributor") ? t("pays.unknownContributor") : t("pays.unknownType");
    }

    /** "2,500,000 GBP; 1 contribution in kind; 1 contribution with amount not recorded", in the brief's words. */
    private String line(ContributionTotals.Line line) {
        List<String> parts = new ArrayList<>();
        line.money().forEach((currency, sum) -> parts.add(number((double) Math.round(sum)) + " " + currency));
        if (line.inKind() > 0) {
            parts.add(t("pays.inKindCount", line.inKind()));
        }
        if (line.amountNotRecorded() > 0) {
            parts.add(t("pays.notRecordedCount", line.amountNotRecorded()));
        }
        return String.join("; ", parts);
    }

    /** "… and 436,800 more outcomes", after the rows shown, when a case records more than a table shows. */
    String moreText(int total, String what) {
        return t("more", total - CaseTables.ROWS_PER_CASE, what, total, CaseTables.ROWS_PER_CASE);
    }

    /** The item "… and 800 more …" ending a list that shows only the {@link CaseTables#shown} part of a case's list. */
    void moreItem(List<List<Inline>> items, int total, String what) {
        if (total > CaseTables.ROWS_PER_CASE) {
            items.add(List.of(Inline.italic(moreText(total, what))));
        }
    }

    /** The clientelist setting with its patrons and what is exchanged, as recorded. */
    String clientelism(PoliticalProfile p) {
        return literal(p.getClientelistContext()) + (blank(p.getPatronTypes()) ? "" : t("fact.patrons", p.getPatronTypes()))
                + (blank(p.getExchangeGoods()) ? "" : t("fact.exchanged", p.getExchangeGoods()));
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

    String depthRating(Case c) {
        return switch (depth(c)) {
            case 0 -> t("depth.strong");
            case 1 -> t("depth.good");
            case 2 -> t("depth.moderate");
            case 3 -> t("depth.weak");
            default -> t("depth.unrated");
        };
    }

    String evidence(Case c) {
        if (c.getEvidence().isEmpty()) {
            return none;
        }
        List<Evidence> sorted = new ArrayList<>(c.getEvidence());
        sorted.sort(Comparator.comparingInt(e -> depthRank(e.getType())));
        return sorted.stream().map(this::evidence).distinct().collect(Collectors.joining("; "));
    }

    String evidence(Evidence e) {
        String s = literal(e.getType());
        if (e.getCollector() != null && e.getCollector() != Collector.UNKNOWN) {
            s += t("fact.collectedBy", text.label(e.getCollector()));
        }
        if (!blank(e.getDate())) {
            s += ", " + e.getDate();
        }
        return s;
    }

    /** "A", "A and B", "A, B and C". */
    String series(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t("series.and") + items.get(items.size() - 1);
    }

    /**
     * Whether a savings scheme is recorded: a ticked scheme or counted members say yes; an unticked box says nothing, as
     * the library cannot tell "no scheme" from "not recorded".
     */
    static boolean savingsRecorded(PoliticalProfile p) {
        return p != null && (p.isSavingsScheme() || p.getSavingsMembers() != null && p.getSavingsMembers() > 0);
    }

    /** The savings scheme as a table or list shows it, empty when none is recorded (never "no"). */
    String savings(PoliticalProfile p, String yes) {
        if (!savingsRecorded(p)) {
            return "";
        }
        return yes + (p.getSavingsMembers() == null ? "" : t("fact.members", number(p.getSavingsMembers().doubleValue())))
                + (p.getWomenSharePercent() == null ? "" : t("fact.women", p.getWomenSharePercent()))
                + (blank(p.getFunds()) ? "" : "; " + p.getFunds());
    }

    /** A value a reader learns nothing from: blank, a dash, "not recorded" or "unknown". */
    boolean unknown(String s) {
        if (blank(s)) {
            return true;
        }
        String v = s.strip();
        return v.equals("–") || v.equals("-") || v.equals(none) || v.equalsIgnoreCase("unknown")
                || v.equals(t("fact.notCoded")) || v.equalsIgnoreCase(text.label(Collector.UNKNOWN));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String orNone(String s) {
        return blank(s) ? none : s;
    }
}
