package org.coprod.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;

/**
 * A two-dimensional typology read as a grid: its first dimension across (Bovaird's planners), its second down (his
 * deliverers), and the cell where a column and a row meet. Cells are found by the values they carry, never by building
 * a code such as {@code P + "-" + D}, so a typology added as data draws, counts and prints like the built-in one.
 */
public final class TypologyAxes {

    private final Typology typology;

    private TypologyAxes(Typology typology) {
        this.typology = typology;
    }

    /** The grid of a typology, if it has exactly two dimensions. */
    public static Optional<TypologyAxes> of(Typology typology) {
        return typology != null && typology.getDimensions().size() == 2 ? Optional.of(new TypologyAxes(typology)) : Optional.empty();
    }

    public Typology typology() {
        return typology;
    }

    public TypologyDimension across() {
        return typology.getDimensions().get(0);
    }

    public TypologyDimension down() {
        return typology.getDimensions().get(1);
    }

    public List<DimensionValue> columns() {
        return across().getValues();
    }

    public List<DimensionValue> rows() {
        return down().getValues();
    }

    /** The cell carrying both values, if the typology has one there. */
    public Optional<TypologyCell> cell(DimensionValue column, DimensionValue row) {
        return typology.getCells().stream().filter(c -> c.getValues().contains(column) && c.getValues().contains(row)).findFirst();
    }

    /** The cells that cannot be coded (Bovaird's P3-D1), in the typology's order. */
    public List<TypologyCell> notApplicable() {
        return typology.getCells().stream().filter(c -> !c.isApplicable()).toList();
    }

    /**
     * Whether a cell belongs to this typology: held by it, by another copy of it (same id, as a brief drawn from a
     * fresh copy of the built-in typology sees the library's cells), or by no typology at all (a cell made on its own,
     * which can only be told by its code).
     */
    public boolean holds(TypologyCell cell) {
        if (cell == null) {
            return false;
        }
        if (!(cell.eContainer() instanceof Typology other)) {
            return true;
        }
        return other == typology || other.getId() != null && Objects.equals(other.getId(), typology.getId());
    }
}
