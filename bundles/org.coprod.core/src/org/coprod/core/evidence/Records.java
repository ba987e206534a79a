package org.coprod.core.evidence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.coprod.core.evidence.BuiltInCodes.CellMeaning;
import org.coprod.core.evidence.BuiltInCodes.Meaning;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.model.AssignedBy;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Outcome;
import org.coprod.model.OutcomeDomain;
import org.coprod.model.Segment;
import org.coprod.model.TypologyCoding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The case-level conclusions a built-in code stands for: the typology coding of a cell, the driver, benefit,
 * limitation or outcome of a value. A conclusion matches a code by its value alone, whoever recorded it, so that a
 * passage coded by a second coder becomes more evidence for the same conclusion rather than a duplicate of it (who
 * coded what stays on the segments).
 */
public final class Records {

    private Records() {
    }

    /** The case's conclusion that a meaning stands for, if the case records it (for a cell, one without a phase first). */
    public static Optional<CodedRecord> matching(Case c, Meaning meaning) {
        List<? extends CodedRecord> candidates = switch (meaning) {
            case CellMeaning cell -> c.getCodings().stream().filter(k -> k.getCell() == cell.cell())
                    .sorted((a, b) -> Boolean.compare(a.getPhase() != null, b.getPhase() != null)).toList();
            case ValueMeaning v -> switch (v.dimension()) {
                case DRIVER -> c.getDrivers().stream().filter(d -> d.getDriver() == v.value()).toList();
                case BENEFIT -> c.getBenefits().stream().filter(b -> b.getBenefit() == v.value()).toList();
                case LIMITATION -> c.getLimitations().stream().filter(l -> l.getLimitation() == v.value()).toList();
                case OUTCOME -> c.getOutcomes().stream().filter(o -> o.getDomain() == v.value()).toList();
            };
        };
        return candidates.stream().map(CodedRecord.class::cast).findFirst();
    }

    /**
     * The command that makes passages of a case evidence of the conclusion a meaning stands for: added to the case's
     * conclusion, or to a new one (by {@code coder}, {@code when}) when the case lacks it; null when every passage is
     * cited already.
     */
    public static Command cite(EditingDomain domain, Case c, Meaning meaning, List<Segment> segments, Coder coder, Date when) {
        Optional<CodedRecord> record = matching(c, meaning);
        List<Segment> uncited = segments.stream().filter(s -> record.isEmpty() || !record.get().getSegments().contains(s)).distinct()
                .toList();
        if (uncited.isEmpty()) {
            return null;
        }
        if (record.isPresent()) {
            return new AddCommand(domain, record.get(), CoprodPackage.Literals.CODED_RECORD__SEGMENTS, uncited);
        }
        CodedRecord made = create(meaning, coder, when);
        made.getSegments().addAll(uncited);
        return new AddCommand(domain, c, feature(meaning), made);
    }

    /** What a conclusion stands for, as a built-in code would (none when it names no cell or value yet). */
    public static Optional<Meaning> meaning(CodedRecord record) {
        Meaning meaning = switch (record) {
            case TypologyCoding k -> k.getCell() == null ? null : new CellMeaning(k.getCell());
            case DriverCoding d -> new ValueMeaning(BuiltInCodes.Dimension.DRIVER, d.getDriver());
            case BenefitClaim b -> new ValueMeaning(BuiltInCodes.Dimension.BENEFIT, b.getBenefit());
            case LimitationClaim l -> new ValueMeaning(BuiltInCodes.Dimension.LIMITATION, l.getLimitation());
            case Outcome o -> new ValueMeaning(BuiltInCodes.Dimension.OUTCOME, o.getDomain());
            default -> null;
        };
        return Optional.ofNullable(meaning);
    }

    /** A new conclusion for a meaning, made by a coder now (not yet in the case). */
    public static CodedRecord create(Meaning meaning, Coder coder, Date when) {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        CodedRecord record = switch (meaning) {
            case CellMeaning cell -> {
                TypologyCoding coding = f.createTypologyCoding();
                coding.setCell(cell.cell());
                coding.setAssignedBy(AssignedBy.CODER);
                yield coding;
            }
            case ValueMeaning v -> switch (v.dimension()) {
                case DRIVER -> {
                    DriverCoding d = f.createDriverCoding();
                    d.setDriver((Driver) v.value());
                    d.setAssignedBy(AssignedBy.CODER);
                    yield d;
                }
                case BENEFIT -> {
                    BenefitClaim b = f.createBenefitClaim();
                    b.setBenefit((Benefit) v.value());
                    yield b;
                }
                case LIMITATION -> {
                    LimitationClaim l = f.createLimitationClaim();
                    l.setLimitation((Limitation) v.value());
                    yield l;
                }
                case OUTCOME -> {
                    Outcome o = f.createOutcome();
                    o.setDomain((OutcomeDomain) v.value());
                    yield o;
                }
            };
        };
        record.setCoder(coder);
        record.setCodedOn(when);
        return record;
    }

    /** The list of the case a conclusion of this meaning is held in. */
    public static EReference feature(Meaning meaning) {
        return switch (meaning) {
            case CellMeaning cell -> CoprodPackage.Literals.CASE__CODINGS;
            case ValueMeaning v -> switch (v.dimension()) {
                case DRIVER -> CoprodPackage.Literals.CASE__DRIVERS;
                case BENEFIT -> CoprodPackage.Literals.CASE__BENEFITS;
                case LIMITATION -> CoprodPackage.Literals.CASE__LIMITATIONS;
                case OUTCOME -> CoprodPackage.Literals.CASE__OUTCOMES;
            };
        };
    }

    /** Every conclusion of a case that lists a segment as its evidence. */
    public static List<CodedRecord> citing(Case c, Segment segment) {
        List<CodedRecord> out = new ArrayList<>();
        all(c).forEach(r -> {
            if (r.getSegments().contains(segment)) {
                out.add(r);
            }
        });
        return out;
    }

    /** Every conclusion of a case that can have evidence: its typology codings, drivers, outcomes, benefits and limitations. */
    public static List<CodedRecord> all(Case c) {
        List<CodedRecord> out = new ArrayList<>(c.getCodings());
        out.addAll(c.getDrivers());
        out.addAll(c.getOutcomes());
        out.addAll(c.getBenefits());
        out.addAll(c.getLimitations());
        return out;
    }
}
