package org.coprod.core;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.coprod.model.Case;
import org.coprod.model.Sector;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * How many cases a library has per typology cell, country and sector. A case counts once in each cell it is coded in
 * (a case coded per phase or component may sit in several cells), and once per country and sector it names.
 */
public record LibraryStats(int cases, Typology typology, Map<String, Integer> perCell, Map<String, Integer> perCountry,
        Map<String, Integer> perSector, int uncoded) {

    public static LibraryStats of(Collection<Case> cases, Typology typology) {
        Map<String, Integer> perCell = new TreeMap<>();
        for (TypologyCell cell : typology.getCells()) {
            perCell.put(cell.getCode(), 0);
        }
        Map<String, Integer> perCountry = new TreeMap<>();
        Map<String, Integer> perSector = new TreeMap<>();
        int uncoded = 0;
        for (Case c : cases) {
            Set<String> cells = cellsOf(c, typology);
            cells.forEach(code -> perCell.merge(code, 1, Integer::sum));
            if (cells.isEmpty()) {
                uncoded++;
            }
            c.getCountries().forEach(country -> perCountry.merge(country, 1, Integer::sum));
            for (Sector s : new LinkedHashSet<>(c.getSectors())) {
                perSector.merge(s.getLiteral(), 1, Integer::sum);
            }
        }
        return new LibraryStats(cases.size(), typology, perCell, perCountry, perSector, uncoded);
    }

    /** Codes of the cells of a typology that a case is coded in, in coding order. */
    public static Set<String> cellsOf(Case c, Typology typology) {
        Set<String> cells = new LinkedHashSet<>();
        for (TypologyCoding coding : c.getCodings()) {
            TypologyCell cell = coding.getCell();
            if (cell != null && !cell.eIsProxy() && cell.eContainer() == typology) {
                cells.add(cell.getCode());
            }
        }
        return cells;
    }

    public int count(String cellCode) {
        return perCell.getOrDefault(cellCode, 0);
    }
}
