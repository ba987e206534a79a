package org.coprod.ui.compare;

import java.util.stream.Stream;
import org.coprod.model.CoprodPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coprod.core.ContributionTotals;
import org.coprod.core.Countries;
import org.coprod.core.Labels;
import org.coprod.core.ValueChain;
import org.coprod.model.Case;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.ResourceContribution;
import org.coprod.model.TypologyCoding;
import org.coprod.ui.editor.Names;
import org.coprod.ui.emf.AttributeValues;

/**
 * The rows of the comparison (a framework matrix): the comparative dimensions of the brief's "cases at a glance" table,
 * each a function from a case to the text of its cell.
 */
public enum ComparisonDimensions {
    NAME("Name, aliases", c -> Names.of(c) + (c.getAliases().isEmpty() ? "" : " (" + String.join(", ", c.getAliases()) + ")")),
    WHERE("Countries, places", c -> String.join("; ", Stream.of(countries(c), join(c.getPlaces())).filter(s
            -> !s.isEmpty()).toList())),
    SECTORS("Sectors", c -> Names.of(c.getSectors())),
    PERIOD("Period and phases", ComparisonDimensions::period),
    INITIATOR("Who initiated it", c -> Names.of(c.getInitiatorMode())),
    CELLS("Typology cell per phase", ComparisonDimensions::cells),
    DRIVERS("Drivers", c -> c.getDrivers().stream().map(ComparisonDimensions::driver).collect(Collectors.joining("; "))),
    CO_PRODUCERS("Main co-producers", c -> Names.of(c.getCoProducers())),
    STATE("State stance", c -> c.getPoliticalProfile() == null ? "" : Names.of(c.getPoliticalProfile().getStateStance())),
    SCALE("Scale", c -> c.getScale() == null ? "" : c.getScale()),
    CONTRIBUTIONS("Contributions", ComparisonDimensions::contributions),
    OUTCOMES("Headline outcomes", c -> c.getOutcomes().stream().limit(3).map(ComparisonDimensions::outcome)
            .collect(Collectors.joining("; "))),
    EVIDENCE("Evidence depth", c -> c.getEvidence().stream().map(Evidence::getType).distinct().map(Names::of)
            .collect(Collectors.joining(", "))),
    SOURCES("Sources", c -> c.getSources().stream().map(Names::of).collect(Collectors.joining("; ")));

    private final String label;
    private final Function<Case, String> value;

    ComparisonDimensions(String label, Function<Case, String> value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public String of(Case c) {
        String v = value.apply(c);
        return v == null || v.isBlank() ? "—" : v;
    }

    private static String join(List<String> values) {
        return String.join(", ", values);
    }

    /** The case's countries by their names in the workbench's language, each with its code. */
    private static String countries(Case c) {
        return c.getCountries().stream().map(code -> Countries.label(code, Locale.getDefault())).collect(Collectors.joining(", "));
    }

    private static String period(Case c) {
        String span = (c.getPeriodStart() == null ? "?" : c.getPeriodStart()) + "–" + (c.isOngoing() ? "ongoing"
                : c.getPeriodEnd() == null ? "?" : c.getPeriodEnd());
        List<String> phases = new ArrayList<>();
        for (Phase p : c.getPhases()) {
            phases.add(Names.of(p));
        }
        return span + (phases.isEmpty() ? "" : "; phases: " + String.join(", ", phases));
    }

    /** The codings, then the cell the roles give wherever the coder chose another, as the Coding page and the brief show it. */
    private static String cells(Case c) {
        List<String> parts = new ArrayList<>(c.getCodings().stream().map(ComparisonDimensions::coding).toList());
        for (String component : ValueChain.components(c)) {
            ValueChain.derivedCellDiffering(c, component)
                    .ifPresent(code -> parts.add("roles suggest " + code + (component == null ? "" : " [" + component + "]")));
        }
        return String.join("; ", parts);
    }

    private static String coding(TypologyCoding k) {
        String phase = k.getPhase() == null ? "" : Names.of(k.getPhase()) + ": ";
        String component = k.getComponent() == null ? "" : " [" + k.getComponent() + "]";
        String how = (k.getAssignedBy() == null ? "" : Labels.of(k.getAssignedBy()))
                + (k.getConfidence() == null ? "" : ", " + Labels.of(k.getConfidence()));
        return phase + Names.of(k.getCell()) + component + (how.isEmpty() ? "" : " (" + how + ")");
    }

    private static String driver(DriverCoding d) {
        return Names.of(d.getDriver()) + (d.getAssignedBy() == null ? "" : " (" + Labels.of(d.getAssignedBy()) + ")");
    }

    private static String contributions(Case c) {
        List<String> parts = new ArrayList<>();
        for (ResourceContribution rc : c.getContributions()) {
            parts.add((rc.getActor() == null ? "?" : Names.of(rc.getActor())) + ": " + Names.of(rc.getKind()));
        }
        return parts.isEmpty() ? "" : String.join("; ", parts.stream().limit(4).toList()) + (parts.size() > 4 ? "; …" : "")
                + "\n" + ContributionTotals.of(c).text().trim();
    }

    private static String outcome(Outcome o) {
        String v = o.getValue() == null ? "" : " " + AttributeValues.format(CoprodPackage.Literals.OUTCOME__VALUE,
                o.getValue())
                + (o.getUnit() == null ? "" : " " + o.getUnit());
        return (o.getIndicator() == null ? Names.of(o.getDomain()) : o.getIndicator()) + v + (o.getYear() == null ? "" : " ("
                + o.getYear() + ")");
    }

}
