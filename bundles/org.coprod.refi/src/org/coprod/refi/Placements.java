package org.coprod.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.core.BovairdTypology;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Phase;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

/**
 * A case's typology placements as variables, one per phase or service component so that a QDA tool can tabulate
 * them: {@code Placement} = {@code P2-D2} for the whole case, {@code Placement (phase: start-up (1995-1998))},
 * {@code Placement (component: lane sewers)}, or both qualifiers. The value is the cell's code ({@code typology:code}
 * outside Bovaird's grid), several separated by {@code ;}. Who assigned a placement, how sure and why are in the
 * record note.
 */
final class Placements {

    static final String NAME = "Placement";
    private static final Pattern VARIABLE = Pattern.compile("(?i)placement\\s*(?:\\((.*)\\))?");
    private static final Pattern YEARS = Pattern.compile("\\((\\d{4})?\\s*[-–]?\\s*(\\d{4})?\\)\\s*$");

    private Placements() {
    }

    static List<CaseVariables.Value> of(Case c) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (TypologyCoding coding : c.getCodings()) {
            if (coding.getCell() != null) {
                cells.computeIfAbsent(name(coding), k -> new ArrayList<>()).add(spec(coding.getCell()));
            }
        }
        List<CaseVariables.Value> out = new ArrayList<>();
        cells.forEach((name, specs) -> out.add(new CaseVariables.Value(
                new CaseVariables.Variable(name, CaseVariables.Type.TEXT, description(name)), CaseVariables.join(specs))));
        return out;
    }

    private static String name(TypologyCoding coding) {
        String phase = coding.getPhase() == null ? null : label(coding.getPhase());
        String component = coding.getComponent() == null || coding.getComponent().isBlank() ? null : coding.getComponent().strip();
        if (phase == null && component == null) {
            return NAME;
        }
        return NAME + " (" + (phase == null ? "" : "phase: " + phase) + (phase != null && component != null ? ", " : "")
                + (component == null ? "" : "component: " + component) + ")";
    }

    private static String label(Phase phase) {
        return phase.getLabel() == null || phase.getLabel().isBlank() ? phase.getId() : phase.getLabel().strip();
    }

    private static String description(String name) {
        return name.equals(NAME) ? "The typology cell of the case as a whole" : "The typology cell of this phase or service component";
    }

    /** A cell as a placement names it: its code in Bovaird's grid, {@code typology:code} in another. */
    static String spec(TypologyCell cell) {
        String typology = cell.eContainer() instanceof Typology t ? t.getId() : BovairdTypology.ID;
        return BovairdTypology.ID.equals(typology) ? cell.getCode() : typology + ":" + cell.getCode();
    }

    /** Reads a placement variable back into the case's codings; false when the name is no placement variable. */
    static boolean read(Case c, String name, String value, CaseVariables.Reading reading) {
        Matcher m = VARIABLE.matcher(name.strip());
        if (!m.matches()) {
            return false;
        }
        String phase = null;
        String component = null;
        String qualifier = m.group(1) == null ? "" : m.group(1).strip();
        if (!qualifier.isEmpty()) {
            int comma = qualifier.lastIndexOf(", component:");
            String phasePart = qualifier;
            if (comma >= 0) {
                component = qualifier.substring(comma + ", component:".length()).strip();
                phasePart = qualifier.substring(0, comma);
            } else if (qualifier.toLowerCase(Locale.ROOT).startsWith("component:")) {
                component = qualifier.substring("component:".length()).strip();
                phasePart = "";
            }
            if (phasePart.toLowerCase(Locale.ROOT).startsWith("phase:")) {
                phase = phasePart.substring("phase:".length()).strip();
            } else if (!phasePart.isBlank()) {
                reading.problems().accept("'" + name + "' names neither a phase nor a component (write Placement (phase: …) or"
                        + " Placement (component: …))");
                return true;
            }
        }
        for (String item : CaseVariables.items(value)) {
            Optional<TypologyCell> cell = cell(reading, item);
            if (cell.isEmpty()) {
                reading.problems().accept("no typology cell '" + item + "' (" + name + ")");
            } else if (!cell.get().isApplicable()) {
                reading.problems().accept("cell " + item + " is not applicable and cannot be a placement (" + name + ")");
            } else {
                add(c, cell.get(), phase, component, reading);
            }
        }
        return true;
    }

    private static Optional<TypologyCell> cell(CaseVariables.Reading reading, String spec) {
        int colon = spec.indexOf(':');
        String typology = colon > 0 ? spec.substring(0, colon).strip() : BovairdTypology.ID;
        String code = (colon > 0 ? spec.substring(colon + 1) : spec).strip().toUpperCase(Locale.ROOT);
        return reading.library().getTypologies().stream().filter(t -> typology.equals(t.getId())).flatMap(t -> t.getCells().stream())
                .filter(x -> code.equals(x.getCode())).findFirst();
    }

    private static void add(Case c, TypologyCell cell, String phaseLabel, String component, CaseVariables.Reading reading) {
        if (has(c, cell, phaseLabel, component) || reading.existing() != null && has(reading.existing(), cell, phaseLabel, component)) {
            return;
        }
        Phase phase = phaseLabel == null ? null : phase(c, phaseLabel);
        TypologyCoding coding = CoprodFactory.eINSTANCE.createTypologyCoding();
        coding.setCell(cell);
        coding.setPhase(phase);
        coding.setComponent(component);
        coding.setAssignedBy(AssignedBy.CODER);
        coding.setCoder(reading.recordCoder().get());
        c.getCodings().add(coding);
    }

    private static boolean has(Case c, TypologyCell cell, String phaseLabel, String component) {
        return c.getCodings().stream().anyMatch(k -> k.getCell() == cell
                && Objects.equals(k.getPhase() == null ? null : label(k.getPhase()), phaseLabel)
                && Objects.equals(blankToNull(k.getComponent()), component));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Phase phase(Case c, String label) {
        for (Phase p : c.getPhases()) {
            if (label.equals(label(p))) {
                return p;
            }
        }
        Phase phase = CoprodFactory.eINSTANCE.createPhase();
        phase.setLabel(label);
        phase.setId(c.getId() + ".phase" + (c.getPhases().size() + 1));
        Matcher m = YEARS.matcher(label);
        if (m.find()) {
            phase.setStartYear(m.group(1) == null ? null : Integer.valueOf(m.group(1)));
            phase.setEndYear(m.group(2) == null ? null : Integer.valueOf(m.group(2)));
        }
        c.getPhases().add(phase);
        return phase;
    }
}
