package org.coprod.export.results;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.coprod.core.Countries;
import org.coprod.core.Labels;
import org.coprod.model.Case;
import org.coprod.model.DriverCoding;
import org.coprod.model.InitiatorMode;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The workbench's own columns of an export of search results, one row per case: what the Search view and the case
 * editor show of it. A field the case does not record is an empty cell (never "no"); several values share a cell,
 * separated by {@value #SEPARATOR}; years are numbers.
 */
public final class ResultColumns {

    /** Between the values of one cell. */
    public static final String SEPARATOR = "; ";

    /** A column: its header and its value for a case (a String, an Integer, or null for nothing recorded). */
    public record Column(String name, Function<Case, Object> value) {
    }

    /** The columns, in order. */
    public static final List<Column> ALL = List.of(
            new Column("id", Case::getId),
            new Column("name", Case::getName),
            new Column("country", c -> join(c.getCountries().stream().map(Countries::name))),
            new Column("country code", c -> join(c.getCountries().stream())),
            new Column("places", c -> join(c.getPlaces().stream())),
            new Column("sector", c -> join(c.getSectors().stream().map(Labels::of))),
            new Column("period start", Case::getPeriodStart),
            new Column("period end", Case::getPeriodEnd),
            new Column("ongoing", ResultColumns::ongoing),
            new Column("case type", c -> known(c.getCaseType())),
            new Column("initiator", c -> c.getInitiatorMode() == InitiatorMode.UNKNOWN ? null : known(c.getInitiatorMode())),
            new Column("cells", ResultColumns::cells),
            new Column("drivers", c -> join(c.getDrivers().stream().map(DriverCoding::getDriver).filter(Objects::nonNull).map(Labels::of))),
            new Column("co-producers", c -> join(c.getCoProducers().stream().map(Labels::of))),
            new Column("parent case", c -> c.getParent() == null ? null : c.getParent().getId()),
            new Column("summary", Case::getSummary));

    private ResultColumns() {
    }

    /** The header row. */
    public static List<String> names() {
        return ALL.stream().map(Column::name).toList();
    }

    /**
     * "yes" when the case is marked ongoing, "no" only when it has an end year and is not, nothing otherwise: a case
     * with no end recorded is not known to have ended.
     */
    private static String ongoing(Case c) {
        if (c.isOngoing()) {
            return "yes";
        }
        return c.getPeriodEnd() != null ? "no" : null;
    }

    /** The typology cells the case is placed in, by their codes ({@code P2-D2}), each once, in the order coded. */
    private static String cells(Case c) {
        return join(c.getCodings().stream().map(TypologyCoding::getCell).filter(Objects::nonNull).map(cell -> cell.getCode())
                .filter(Objects::nonNull).distinct());
    }

    private static String known(Enumerator value) {
        return value == null ? null : Labels.of(value);
    }

    private static String join(Stream<String> values) {
        String joined = values.filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(SEPARATOR));
        return joined.isEmpty() ? null : joined;
    }

    static String join(Collection<String> values) {
        return join(values.stream());
    }
}
