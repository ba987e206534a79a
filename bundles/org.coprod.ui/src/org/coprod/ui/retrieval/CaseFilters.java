package org.coprod.ui.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.coprod.core.Countries;
import org.coprod.core.Labels;
import org.coprod.core.evidence.Retrieval;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Sector;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The case attributes a retrieval keeps to: a country, a sector, a typology cell, each offered from what the library's
 * cases hold (countries by name), "any" by default. Lays itself out in a two-column grid of its parent.
 */
public final class CaseFilters {

    private final Choice<String> country;
    private final Choice<Sector> sector;
    private final Choice<TypologyCell> cell;

    public CaseFilters(Composite parent, Runnable changed) {
        country = new Choice<>(parent, "Country", "Any country", code -> Countries.label(code, Locale.getDefault()), changed);
        sector = new Choice<>(parent, "Sector", "Any sector", Labels::of, changed);
        cell = new Choice<>(parent, "Cell", "Any cell", CaseFilters::cellName, changed);
    }

    private static String cellName(TypologyCell c) {
        String name = c.getCode() + (c.getName() == null ? "" : " " + c.getName());
        return c.eContainer() instanceof Typology t && t.eContainer() instanceof CaseLibrary l && l.getTypologies().size() > 1
                ? name + " (" + t.getName() + ")" : name;
    }

    /** Offers what the library's cases hold now, keeping each choice that is still offered. */
    public void fill(CaseLibrary library) {
        Set<String> countries = new TreeSet<>(Comparator.comparing(code -> Countries.name(code, Locale.getDefault())));
        Set<Sector> sectors = new TreeSet<>(Comparator.comparing(Labels::of));
        Set<TypologyCell> cells = new LinkedHashSet<>();
        if (library != null) {
            for (Case c : library.getCases()) {
                c.getCountries().stream().filter(code -> code != null && !code.isBlank()).forEach(countries::add);
                sectors.addAll(c.getSectors());
                c.getCodings().stream().map(TypologyCoding::getCell).filter(x -> x != null).forEach(cells::add);
            }
        }
        country.offer(new ArrayList<>(countries));
        sector.offer(new ArrayList<>(sectors));
        // Cells in the typology's own order, not in the order the cases happen to be coded.
        List<TypologyCell> ordered = library == null ? List.of() : library.getTypologies().stream().flatMap(t -> t.getCells().stream())
                .filter(cells::contains).toList();
        cell.offer(ordered);
    }

    /** The cases the chosen attributes keep. */
    public Predicate<Case> predicate() {
        Predicate<Case> p = Retrieval.anyCase();
        if (country.chosen() != null) {
            p = p.and(Retrieval.inCountry(country.chosen()));
        }
        if (sector.chosen() != null) {
            p = p.and(Retrieval.inSector(sector.chosen()));
        }
        if (cell.chosen() != null) {
            p = p.and(Retrieval.inCell(cell.chosen()));
        }
        return p;
    }

    /** What the filters keep, for the view's heading ("in Brazil, health, P2-D2 …"); empty when they keep every case. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (country.chosen() != null) {
            parts.add(Countries.name(country.chosen(), Locale.getDefault()));
        }
        if (sector.chosen() != null) {
            parts.add(Labels.of(sector.chosen()));
        }
        if (cell.chosen() != null) {
            parts.add(cell.chosen().getCode());
        }
        return parts.isEmpty() ? "" : "cases in " + String.join(", ", parts);
    }

    /** Chooses the filters (null: any), as the user does in the combos; a value not offered is ignored. */
    public void choose(String countryCode, Sector sectorValue, TypologyCell cellValue) {
        country.choose(countryCode);
        sector.choose(sectorValue);
        cell.choose(cellValue);
    }

    public List<String> countriesOffered() {
        return country.offered();
    }

    public Combo countryCombo() {
        return country.combo;
    }

    /** One labelled combo of "any" and the values offered. */
    private static final class Choice<T> {
        private final Combo combo;
        private final String any;
        private final Function<T, String> label;
        private List<T> values = List.of();

        Choice(Composite parent, String title, String any, Function<T, String> label, Runnable changed) {
            this.any = any;
            this.label = label;
            new Label(parent, SWT.NONE).setText(title);
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.widthHint = 120;
            combo.setLayoutData(gd);
            combo.setItems(any);
            combo.select(0);
            combo.addListener(SWT.Selection, e -> changed.run());
        }

        void offer(List<T> offered) {
            T kept = chosen();
            values = List.copyOf(offered);
            List<String> items = new ArrayList<>();
            items.add(any);
            values.forEach(v -> items.add(label.apply(v)));
            combo.setItems(items.toArray(String[]::new));
            combo.select(kept == null ? 0 : Math.max(0, values.indexOf(kept) + 1));
        }

        T chosen() {
            int i = combo.getSelectionIndex();
            return i <= 0 || i > values.size() ? null : values.get(i - 1);
        }

        void choose(T value) {
            combo.select(value == null ? 0 : Math.max(0, values.indexOf(value) + 1));
        }

        List<T> offered() {
            return values;
        }
    }
}
