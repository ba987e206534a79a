package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__CODINGS;
import static org.coprod.model.CoprodPackage.Literals.CASE__DRIVERS;
import static org.coprod.model.CoprodPackage.Literals.CASE__PHASES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coprod.core.Labels;
import org.coprod.core.ValueChain;
import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.Role;
import org.coprod.model.ValueChainStage;
import org.coprod.ui.retrieval.EvidencePassages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.Section;

/**
 * Coding: the case's typology codings per phase and service component with their provenance, its phases and drivers,
 * the coded passages behind the codings and drivers, a stage × actor grid of who does what along the value chain with
 * who acts at each stage, and the cell those roles give wherever it is not the cell the coder chose.
 */
public final class CodingPage {

    private CodingPage() {
    }

    public static void fill(Composite body, CaseForm form) {
        body.setLayout(new GridLayout(1, false));
        Case c = form.theCase();
        form.table(body, Messages.CodingPage_typologyCodings, Messages.CodingPage_cellPerPhaseAnd, () -> c,
                CASE__CODINGS, "cell", "phase", "component", "assignedBy", "confidence", "justification");
        form.table(body, Messages.CodingPage_phases, Messages.CodingPage_periodsThatMaySit, () -> c, CASE__PHASES, "label", "startYear",
                "endYear",
                "description");
        form.table(body, Messages.CodingPage_drivers, Messages.CodingPage_whyCoProductionArose, () -> c, CASE__DRIVERS, "driver",
                "assignedBy", "confidence",
                "justification");
        form.onRefresh(new EvidencePassages(body, form.toolkit(), form.session(), c)::refresh);
        Section section = form.toolkit().createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.CodingPage_rolesByValueChain);
        section.setDescription(
                Messages.CodingPage_rolesDescription);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Table grid = form.toolkit().createTable(section, SWT.BORDER | SWT.FULL_SELECTION);
        grid.setHeaderVisible(true);
        grid.setLinesVisible(true);
        section.setClient(grid);
        new TableColumn(grid, SWT.LEFT).setText(Messages.CodingPage_actor);
        grid.getColumn(0).setWidth(200);
        for (ValueChainStage s : ValueChainStage.VALUES) {
            TableColumn col = new TableColumn(grid, SWT.LEFT);
            col.setText(Labels.shown(s));
            col.setWidth(100);
        }
        Label derived = form.toolkit().createLabel(body, "", SWT.WRAP);
        derived.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.onRefresh(() -> {
            fillGrid(grid, c);
            if (!derived.isDisposed()) {
                derived.setText(derivedCellNote(c));
                derived.getParent().layout();
            }
        });
    }

    /**
     * Where the roles give another cell than the coder chose ("Roles suggest P1-D1 for trunk sewers; coded P2-D2"), one
     * sentence per service component; empty where they agree, or where the roles or codings are too few to compare.
     */
    static String derivedCellNote(Case c) {
        List<String> notes = new ArrayList<>();
        for (String component : ValueChain.components(c)) {
            String coded = String.join(", ", ValueChain.codedCells(c, component));
            ValueChain.derivedCellDiffering(c, component).ifPresent(code -> notes.add(component == null
                    ? NLS.bind(Messages.CodingPage_rolesSuggest, code, coded)
                    : NLS.bind(Messages.CodingPage_rolesSuggestFor, new Object[] { code, component, coded })));
        }
        return String.join("\n", notes);
    }

    /** The last row of the grid: who acts at each stage by the one participation rule (P, C, U, ? or –). */
    static String[] whoActs(Case c) {
        return ValueChainStage.VALUES.stream().map(s -> ValueChain.at(c, s, null).letter()).toArray(String[]::new);
    }

    /** One row per actor, one column per stage; each cell lists the actor's role kinds at that stage. */
    static Map<String, String[]> roleGrid(Case c) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (Role r : c.getRoles()) {
            Actor a = r.getActor();
            String actor = a == null ? Messages.CodingPage_noActor : Names.of(a);
            String[] row = rows.computeIfAbsent(actor, k -> new String[ValueChainStage.VALUES.size()]);
            for (ValueChainStage s : r.getStages()) {
                Set<String> kinds = new LinkedHashSet<>();
                if (row[s.getValue()] != null) {
                    kinds.addAll(List.of(row[s.getValue()].split(", ")));
                }
                kinds.add(r.getKind() == null ? Messages.CodingPage_role : Labels.shown(r.getKind()));
                row[s.getValue()] = String.join(", ", new ArrayList<>(kinds));
            }
        }
        return rows;
    }

    private static void fillGrid(Table grid, Case c) {
        if (grid.isDisposed()) {
            return;
        }
        grid.removeAll();
        for (Map.Entry<String, String[]> row : roleGrid(c).entrySet()) {
            TableItem item = new TableItem(grid, SWT.NONE);
            item.setText(0, row.getKey());
            for (int i = 0; i < row.getValue().length; i++) {
                item.setText(i + 1, row.getValue()[i] == null ? "" : row.getValue()[i]);
            }
        }
        if (!c.getRoles().isEmpty()) {
            TableItem sides = new TableItem(grid, SWT.NONE);
            sides.setText(0, Messages.CodingPage_whoActsPC);
            String[] letters = whoActs(c);
            for (int i = 0; i < letters.length; i++) {
                sides.setText(i + 1, letters[i]);
            }
        }
    }
}
