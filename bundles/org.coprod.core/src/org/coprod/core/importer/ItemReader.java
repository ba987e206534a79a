package org.coprod.core.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coprod.core.BovairdTypology;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Case;
import org.coprod.model.Collector;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.EvidenceType;
import org.coprod.model.Outcome;
import org.coprod.model.OutcomeDomain;
import org.coprod.model.Phase;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.model.ValueChainStage;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the list columns of a row whose items have parts ({@code a | b | c}): codings, drivers, actors, contributions,
 * evidence and outcomes. Each method is handed the cell of its column.
 */
final class ItemReader {

    private static final Pattern YEARS = Pattern.compile("\\((\\d{4})?\\s*[-–]?\\s*(\\d{4})?\\)\\s*$");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})?\\s*[-–]\\s*(\\d{4})?|(\\d{4})");

    private final CoprodFactory f = CoprodFactory.eINSTANCE;
    private final ImportScope scope;
    private final Case c;

    ItemReader(ImportScope scope, Case c) {
        this.scope = scope;
        this.c = c;
    }

    /** A copy of the case's first source, as the provenance of facts a row gives without one of their own. */
    SourceRef defaultSource() {
        if (c.getSources().isEmpty()) {
            return null;
        }
        SourceRef first = c.getSources().get(0);
        SourceRef ref = f.createSourceRef();
        ref.setSource(first.getSource());
        ref.setLocator(first.getLocator());
        return ref;
    }

    void codings(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 6);
            Optional<TypologyCell> typologyCell = typologyCell(cell, p[0]);
            if (typologyCell.isEmpty()) {
                continue;
            }
            if (!typologyCell.get().isApplicable()) {
                cell.error(NLS.bind(Messages.Item_notApplicable, p[0]));
                continue;
            }
            TypologyCoding coding = f.createTypologyCoding();
            coding.setCell(typologyCell.get());
            coding.setAssignedBy(p[1].isEmpty() ? AssignedBy.CODER
                    : (AssignedBy) cell.enumValue(CoprodPackage.Literals.ASSIGNED_BY, p[1]).orElse(AssignedBy.CODER));
            if (!p[2].isEmpty()) {
                cell.enumValue(CoprodPackage.Literals.CONFIDENCE, p[2]).ifPresent(v -> coding.setConfidence((Confidence) v));
            } else if (coding.getAssignedBy() == AssignedBy.DOCUMENT) {
                coding.setConfidence(Confidence.HIGH);
            }
            if (!p[3].isEmpty()) {
                coding.setPhase(phase(p[3]));
            }
            setIfGiven(p[4], coding::setComponent);
            setIfGiven(p[5], coding::setJustification);
            coding.setSource(defaultSource());
            c.getCodings().add(coding);
        }
    }

    private Optional<TypologyCell> typologyCell(ImportCell cell, String spec) {
        String typology = BovairdTypology.ID;
        String code = spec;
        int colon = spec.indexOf(':');
        if (colon > 0) {
            typology = spec.substring(0, colon);
            code = spec.substring(colon + 1);
        }
        Optional<TypologyCell> found = scope.cell(typology, code.toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            cell.error(NLS.bind(Messages.Item_noCell, code, typology));
        }
        return found;
    }

    private Phase phase(String label) {
        for (Phase p : c.getPhases()) {
            if (p.getLabel().equals(label)) {
                return p;
            }
        }
        Phase phase = f.createPhase();
        phase.setLabel(label);
        phase.setId(c.getId() + ".phase" + (c.getPhases().size() + 1));
        Matcher m = YEARS.matcher(label);
        if (m.find()) {
            if (m.group(1) != null) {
                phase.setStartYear(Integer.valueOf(m.group(1)));
            }
            if (m.group(2) != null) {
                phase.setEndYear(Integer.valueOf(m.group(2)));
            }
        }
        c.getPhases().add(phase);
        return phase;
    }

    void drivers(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 4);
            Optional<Enumerator> driver = cell.enumValue(CoprodPackage.Literals.DRIVER, p[0]);
            if (driver.isEmpty()) {
                continue;
            }
            DriverCoding d = f.createDriverCoding();
            d.setDriver((Driver) driver.get());
            if (!p[1].isEmpty()) {
                cell.enumValue(CoprodPackage.Literals.ASSIGNED_BY, p[1]).ifPresent(v -> d.setAssignedBy((AssignedBy) v));
            }
            if (!p[2].isEmpty()) {
                cell.enumValue(CoprodPackage.Literals.CONFIDENCE, p[2]).ifPresent(v -> d.setConfidence((Confidence) v));
            }
            setIfGiven(p[3], d::setJustification);
            d.setSource(defaultSource());
            c.getDrivers().add(d);
        }
    }

    /** {@code name | actor type | role kind | stages | component | years | description}: a period is not a component. */
    void roles(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 7);
            if (p[0].isEmpty()) {
                cell.error(Messages.Item_actorName);
                continue;
            }
            ActorType type = p[1].isEmpty() ? null : (ActorType) cell.enumValue(CoprodPackage.Literals.ACTOR_TYPE, p[1]).orElse(null);
            Role role = f.createRole();
            role.setActor(scope.actor(p[0], type));
            if (!p[2].isEmpty()) {
                cell.enumValue(CoprodPackage.Literals.ROLE_KIND, p[2]).ifPresent(v -> role.setKind((RoleKind) v));
            }
            for (String stage : p[3].split(",")) {
                if (!stage.isBlank()) {
                    cell.enumValue(CoprodPackage.Literals.VALUE_CHAIN_STAGE, stage.strip())
                            .ifPresent(v -> role.getStages().add((ValueChainStage) v));
                }
            }
            setIfGiven(p[4], role::setComponent);
            if (!p[5].isEmpty()) {
                Matcher m = PERIOD.matcher(p[5]);
                if (!m.matches()) {
                    cell.error(NLS.bind(Messages.Item_notPeriod, p[5]));
                } else if (m.group(3) != null) {
                    role.setStartYear(Integer.valueOf(m.group(3)));
                    role.setEndYear(Integer.valueOf(m.group(3)));
                } else {
                    role.setStartYear(m.group(1) == null ? null : Integer.valueOf(m.group(1)));
                    role.setEndYear(m.group(2) == null ? null : Integer.valueOf(m.group(2)));
                }
            }
            setIfGiven(p[6], role::setDescription);
            c.getRoles().add(role);
        }
    }

    void contributions(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 7);
            ResourceContribution r = f.createResourceContribution();
            if (!p[0].isEmpty()) {
                r.setActor(scope.actor(p[0], null));
            }
            if (p[1].isEmpty()) {
                cell.error(Messages.Item_contributionKind);
            } else {
                cell.enumValue(CoprodPackage.Literals.CONTRIBUTION_KIND, p[1]).ifPresent(v -> r.setKind((ContributionKind) v));
            }
            r.setAmount(cell.number(p[2]));
            setIfGiven(p[3], r::setCurrency);
            r.setYear(cell.year(p[4]));
            setIfGiven(p[5], r::setComponent);
            setIfGiven(p[6], r::setDescription);
            r.setSource(defaultSource());
            c.getContributions().add(r);
        }
    }

    void evidence(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 4);
            Evidence e = f.createEvidence();
            e.setId(c.getId() + ".evidence" + (c.getEvidence().size() + 1));
            cell.enumValue(CoprodPackage.Literals.EVIDENCE_TYPE, p[0]).ifPresent(v -> e.setType((EvidenceType) v));
            if (!p[1].isEmpty()) {
                cell.enumValue(CoprodPackage.Literals.COLLECTOR, p[1]).ifPresent(v -> e.setCollector((Collector) v));
            }
            setIfGiven(p[2], e::setDate);
            setIfGiven(p[3], e::setDescription);
            e.setSource(defaultSource());
            c.getEvidence().add(e);
        }
    }

    /**
     * {@code domain | indicator | value | unit | year | description | evidence}. An outcome is linked to the evidence
     * item its row names (by its number in the evidence column, or by its type when only one item has it), and to none
     * when it names none: which evidence supports a figure is never guessed.
     */
    void outcomes(ImportCell cell) {
        for (String item : cell.items()) {
            String[] p = ImportCell.fields(item, 7);
            Outcome o = f.createOutcome();
            cell.enumValue(CoprodPackage.Literals.OUTCOME_DOMAIN, p[0]).ifPresent(v -> o.setDomain((OutcomeDomain) v));
            setIfGiven(p[1], o::setIndicator);
            o.setValue(cell.number(p[2]));
            setIfGiven(p[3], o::setUnit);
            o.setYear(cell.year(p[4]));
            setIfGiven(p[5], o::setDescription);
            if (!p[6].isEmpty()) {
                o.setEvidence(evidenceNamed(cell, p[6]));
            }
            o.setSource(defaultSource());
            c.getOutcomes().add(o);
        }
    }

    private Evidence evidenceNamed(ImportCell cell, String name) {
        if (name.matches("\\d+")) {
            int n = Integer.parseInt(name);
            if (n >= 1 && n <= c.getEvidence().size()) {
                return c.getEvidence().get(n - 1);
            }
            cell.error(NLS.bind(Messages.Item_noEvidenceNumber, name, c.getEvidence().size()));
            return null;
        }
        var matching = c.getEvidence().stream()
                .filter(e -> e.getType() != null && e.getType().getLiteral().equalsIgnoreCase(name)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        cell.error(matching.isEmpty() ? NLS.bind(Messages.Item_noEvidenceType, name)
                : NLS.bind(Messages.Item_manyEvidence, matching.size(), name));
        return null;
    }

    static void setIfGiven(String value, Consumer<String> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }
}
