package org.coprod.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.coprod.core.Labels;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.DiffusionLink;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The text of a case's record note: what REFI-QDA has no element for, in Markdown a person can read in any QDA tool —
 * who assigned each placement and driver and how sure, phases, actors and their roles, contributions, outcomes and
 * evidence, the notes of benefit and limitation claims, the free-text part of the political profile, diffusion and
 * bibliographic sources. An import keeps it as a memo of the case; its facts are not read back.
 */
final class CaseRecordText {

    /** Titles of the sections the note can have, for the list of what an export carries as text. */
    static final List<String> SECTIONS = List.of("placements (who assigned them, confidence, justification, source)", "phases",
            "drivers (who assigned them, confidence, justification)", "actors and roles", "contributions", "outcomes",
            "evidence", "notes of benefits and limitations", "political profile (free-text parts)", "diffusion", "sources");

    private final StringBuilder text = new StringBuilder();

    private CaseRecordText() {
    }

    /** The record note's title. */
    static String title(Case c) {
        return "Workbench record: " + c.getName();
    }

    /** The text, or null when the case has nothing REFI-QDA cannot carry elsewhere. */
    static String of(Case c) {
        CaseRecordText r = new CaseRecordText();
        r.section("Placements", c.getCodings().stream().map(CaseRecordText::placement).toList());
        r.section("Phases", c.getPhases().stream().map(CaseRecordText::phase).toList());
        r.section("Drivers", c.getDrivers().stream().map(CaseRecordText::driver).toList());
        r.section("Actors and roles", c.getRoles().stream().map(CaseRecordText::role).toList());
        r.section("Contributions", c.getContributions().stream().map(CaseRecordText::contribution).toList());
        r.section("Outcomes", c.getOutcomes().stream().map(o -> outcome(c, o)).toList());
        r.section("Evidence", c.getEvidence().stream().map(CaseRecordText::evidence).toList());
        List<String> claims = new ArrayList<>();
        c.getBenefits().stream().filter(b -> present(b.getNote())).map(CaseRecordText::benefit).forEach(claims::add);
        c.getLimitations().stream().filter(l -> present(l.getNote())).map(CaseRecordText::limitation).forEach(claims::add);
        r.section("Benefits and limitations", claims);
        r.section("Political profile", c.getPoliticalProfile() == null ? List.of() : profile(c.getPoliticalProfile()));
        r.section("Diffusion", c.getDiffusion().stream().map(CaseRecordText::diffusion).toList());
        r.section("Sources", c.getSources().stream().map(CaseRecordText::source).filter(Objects::nonNull).toList());
        return r.text.isEmpty() ? null : "# " + title(c) + "\n" + r.text;
    }

    private void section(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append("\n## ").append(heading).append("\n\n");
        items.forEach(i -> text.append("- ").append(i).append('\n'));
    }

    private static String placement(TypologyCoding k) {
        return parts(k.getCell() == null ? "no cell" : Placements.spec(k.getCell()) + " " + k.getCell().getName(),
                k.getPhase() == null ? null : "phase: " + k.getPhase().getLabel(), labelled("component", k.getComponent()),
                labelled("assigned by", Labels.of(k.getAssignedBy())), labelled("confidence", confidence(k)),
                labelled("justification", k.getJustification()), sourceOf(k.getSource()),
                k.getCoder() == null ? null : "coder: " + k.getCoder().getName());
    }

    private static String phase(Phase p) {
        return parts(p.getLabel(), years(p.getStartYear(), p.getEndYear()), p.getDescription());
    }

    private static String driver(DriverCoding d) {
        return parts(Labels.of(d.getDriver()), labelled("assigned by", Labels.of(d.getAssignedBy())),
                labelled("confidence", confidence(d)), labelled("justification", d.getJustification()),
                        sourceOf(d.getSource()));
    }

    private static String role(Role r) {
        String actor = r.getActor() == null ? "an actor" : r.getActor().getName()
                + (r.getActor().getType() == null ? "" : " (" + r.getActor().getType().getLiteral() + ")");
        return parts(actor, literal(r.getKind()), r.getStages().isEmpty() ? null
                : "stages: " + r.getStages().stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")),
                r.getPhase() == null ? null : "phase: " + r.getPhase().getLabel(), labelled("component", r.getComponent()),
                years(r.getStartYear(), r.getEndYear()), r.getDescription());
    }

    private static String contribution(ResourceContribution r) {
        String amount = r.getAmount() == null ? null : plain(r.getAmount()) + (present(r.getCurrency()) ? " " + r.getCurrency() : "");
        return parts((r.getActor() == null ? "unknown contributor" : r.getActor().getName()) + ": " + literal(r.getKind()), amount,
                r.getYear() == null ? null : r.getYear().toString(), labelled("component", r.getComponent()), r.getDescription(),
                sourceOf(r.getSource()));
    }

    private static String outcome(Case c, Outcome o) {
        String figure = o.getValue() == null ? null : plain(o.getValue()) + (present(o.getUnit()) ? " " + o.getUnit() : "");
        int evidence = o.getEvidence() == null ? -1 : c.getEvidence().indexOf(o.getEvidence());
        return parts(Labels.of(o.getDomain()) + (present(o.getIndicator()) ? ": " + o.getIndicator() : ""), figure,
                labelled("baseline", o.getBaseline()), o.getYear() == null ? null : o.getYear().toString(), o.getDescription(),
                evidence < 0 ? null : "evidence: " + (evidence + 1), sourceOf(o.getSource()));
    }

    private static String evidence(Evidence e) {
        return parts(literal(e.getType()), labelled("method", e.getMethod()), literal(e.getCollector()), e.getDate(),
                e.isHasComparison() ? "with a comparison" : null, e.getDescription(), sourceOf(e.getSource()));
    }

    private static String benefit(BenefitClaim b) {
        return parts("benefit: " + Labels.of(b.getBenefit()), b.getNote());
    }

    private static String limitation(LimitationClaim l) {
        return parts("limitation: " + Labels.of(l.getLimitation()), l.getNote());
    }

    private static List<String> profile(PoliticalProfile p) {
        List<String> out = new ArrayList<>();
        add(out, "patron types", p.getPatronTypes());
        add(out, "exchange goods", p.getExchangeGoods());
        add(out, "agreement type", p.getAgreementType());
        add(out, "affiliation", p.getAffiliation());
        add(out, "funds", p.getFunds());
        add(out, "precedent", p.getPrecedent());
        add(out, "accountability mechanisms", p.getAccountabilityMechanisms());
        add(out, "constituency", p.getConstituency());
        String source = sourceOf(p.getSource());
        if (source != null && !out.isEmpty()) {
            out.add(source);
        }
        return out;
    }

    private static String diffusion(DiffusionLink d) {
        String to = d.getToCase() != null ? "to case " + d.getToCase().getId() : present(d.getToCountry()) ? "to " + d.getToCountry()
                : null;
        return parts(to, literal(d.getMechanism()), d.getYear() == null ? null : d.getYear().toString(), d.getDescription());
    }

    private static String source(SourceRef ref) {
        return sourceOf(ref) == null ? null : sourceOf(ref).substring("source: ".length());
    }

    private static String sourceOf(SourceRef ref) {
        if (ref == null || ref.getSource() == null) {
            return null;
        }
        String name = present(ref.getSource().getCitation()) ? ref.getSource().getCitation() : ref.getSource().getId();
        return "source: " + name + (present(ref.getLocator()) ? ", " + ref.getLocator() : "");
    }

    private static void add(List<String> out, String label, String value) {
        if (present(value)) {
            out.add(label + ": " + value.strip());
        }
    }

    private static String labelled(String label, String value) {
        return present(value) ? label + ": " + value.strip() : null;
    }

    /** A record's confidence when a coder gave one (the model's default, "high", is no answer). */
    private static String confidence(EObject record) {
        EStructuralFeature f = record.eClass().getEStructuralFeature("confidence");
        return f != null && record.eIsSet(f) ? literal((Enumerator) record.eGet(f)) : null;
    }

    private static String literal(Enumerator e) {
        return e == null ? null : e.getLiteral();
    }

    private static String years(Integer start, Integer end) {
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "" : start.toString()) + "–" + (end == null ? "" : end.toString());
    }

    private static String plain(Double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }

    private static String parts(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (present(p)) {
                kept.add(p.strip().replace('\n', ' '));
            }
        }
        return String.join("; ", kept);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
