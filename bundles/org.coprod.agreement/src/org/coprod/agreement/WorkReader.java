package org.coprod.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.coprod.core.BovairdTypology;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.Texts;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Document;
import org.coprod.model.DriverCoding;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Note;
import org.coprod.model.Segment;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCoding;
import org.eclipse.osgi.util.NLS;

/**
 * Reads what was coded in a library into {@link Work}: one rater per coder, or a whole library as one rater when two
 * copies of it are compared. Codes are keyed by those of a reference library (by id, else by name), so that the same
 * code in two copies is one code.
 */
public final class WorkReader {

    private final Map<String, String> idByName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<TextKey> unreadable = new TreeSet<>();

    /** @param reference the library whose codes name the codes of every library read */
    public WorkReader(CaseLibrary reference) {
        if (reference.getCodebook() != null) {
            for (Code code : reference.getCodebook().getCodes()) {
                String key = ownKey(code);
                names.put(key, name(code));
                idByName.putIfAbsent(name(code).strip().toLowerCase(Locale.ROOT), key);
            }
        }
    }

    /** The name of each code key met so far, as the reference library names it. */
    public Map<String, String> codeNames() {
        return names;
    }

    /** The coded texts whose text could not be read (a document without its text file): their passages are left out. */
    public Set<TextKey> unreadable() {
        return unreadable;
    }

    /**
     * One rater per coder of a library, in the library's order of coders (the unknown coder included when work is
     * attributed to it).
     *
     * @param coders the coders to compare; empty: every coder with coded passages or case-level codings
     */
    public List<Work> byCoder(CaseLibrary library, List<Coder> coders) {
        Map<String, Work> works = new LinkedHashMap<>();
        for (Coder coder : coders) {
            works.put(coder.getId(), new Work(rater(coder)));
        }
        Map<String, Coder> known = new HashMap<>();
        library.getCoders().forEach(c -> known.putIfAbsent(c.getId(), c));
        Function<Coder, Work> workOf = coder -> {
            String id = coder == null ? Coders.UNKNOWN_ID : coder.getId();
            if (!coders.isEmpty()) {
                return works.get(id);
            }
            return works.computeIfAbsent(id, k -> new Work(rater(coder == null ? known.get(Coders.UNKNOWN_ID) : coder)));
        };
        for (Case c : library.getCases()) {
            read(c, workOf, null);
        }
        List<Work> ordered = new ArrayList<>();
        if (coders.isEmpty()) { // the library's order, whatever order the work came in
            library.getCoders().stream().map(c -> works.remove(c.getId())).filter(Objects::nonNull).forEach(ordered::add);
        }
        ordered.addAll(works.values());
        ordered.forEach(Work::freeze);
        return ordered;
    }

    /**
     * A whole library as one rater, for comparing two copies of a library merged by case.
     *
     * @param onlyCoder the one coder whose work counts, or null for everything coded in the library
     */
    public Work whole(CaseLibrary library, Rater rater, Coder onlyCoder) {
        Work work = new Work(rater);
        String only = onlyCoder == null ? null : onlyCoder.getId();
        Function<Coder, Work> workOf = coder -> {
            String id = coder == null ? Coders.UNKNOWN_ID : coder.getId();
            return only == null || only.equals(id) ? work : null;
        };
        for (Case c : library.getCases()) {
            read(c, workOf, work);
        }
        return work.freeze();
    }

    private static Rater rater(Coder coder) {
        if (coder == null) {
            return new Rater(Coders.UNKNOWN_ID, "Unknown coder");
        }
        String label = coder.getName() == null || coder.getName().isBlank() ? coder.getId() : coder.getName().strip();
        return new Rater(coder.getId(), label);
    }

    /** @param library the work of the library as a whole, which its cases' initiator mode belongs to; null: nobody's */
    private void read(Case c, Function<Coder, Work> workOf, Work library) {
        if (c.getId() == null || c.getId().isBlank()) {
            return;
        }
        Map<CodableText, Optional<CodedText>> texts = new HashMap<>();
        for (Segment s : c.getSegments()) {
            Work work = workOf.apply(s.getCoder());
            if (work == null || s.getText() == null || s.getText().getId() == null) {
                continue;
            }
            Optional<CodedText> text = texts.computeIfAbsent(s.getText(), t -> coded(c, t));
            if (text.isEmpty()) {
                unreadable.add(new TextKey(c.getId(), s.getText().getId()));
                continue;
            }
            for (Code code : s.getCodes()) {
                work.passage(text.get(), key(code), s.getStart(), s.getEnd());
            }
        }
        for (TypologyCoding coding : c.getCodings()) {
            Work work = workOf.apply(coding.getCoder());
            if (work != null && coding.getCell() != null) {
                String cell = coding.getCell().getCode() != null ? coding.getCell().getCode() : coding.getCell().getId();
                work.choose(CaseMeasure.TYPOLOGY, placement(c.getId(), coding), cell);
            }
        }
        UnitKey whole = new UnitKey(c.getId(), "");
        for (DriverCoding d : c.getDrivers()) {
            Work work = workOf.apply(d.getCoder());
            if (work != null && d.getDriver() != null) {
                work.choose(CaseMeasure.DRIVERS, whole, d.getDriver().getLiteral());
            }
        }
        for (BenefitClaim b : c.getBenefits()) {
            Work work = workOf.apply(b.getCoder());
            if (work != null && b.getBenefit() != null) {
                work.choose(CaseMeasure.BENEFITS, whole, b.getBenefit().getLiteral());
            }
        }
        for (LimitationClaim l : c.getLimitations()) {
            Work work = workOf.apply(l.getCoder());
            if (work != null && l.getLimitation() != null) {
                work.choose(CaseMeasure.LIMITATIONS, whole, l.getLimitation().getLiteral());
            }
        }
        if (library != null && c.eIsSet(CoprodPackage.Literals.CASE__INITIATOR_MODE) && c.getInitiatorMode() != null) {
            library.choose(CaseMeasure.INITIATOR_MODE, whole, c.getInitiatorMode().getLiteral());
        }
    }

    /**
     * Which part of a case a placement is of: the phase, the component, and the typology unless it is Bovaird's. The
     * key names them in English ("phase 2", the same in every language, so that units match); the label in the
     * runtime's language.
     */
    private static UnitKey placement(String caseId, TypologyCoding coding) {
        List<String> key = new ArrayList<>();
        List<String> label = new ArrayList<>();
        if (coding.getCell().eContainer() instanceof Typology t && t.getId() != null && !t.getId().equals(BovairdTypology.ID)) {
            key.add("typology " + t.getId());
            label.add(NLS.bind(Messages.Unit_typology, t.getId()));
        }
        if (coding.getPhase() != null) {
            String name = coding.getPhase().getLabel();
            String phase = name == null || name.isBlank() ? coding.getPhase().getId() : name.strip();
            key.add("phase " + phase);
            label.add(NLS.bind(Messages.Unit_phase, phase));
        }
        if (coding.getComponent() != null && !coding.getComponent().isBlank()) {
            key.add("component " + coding.getComponent().strip());
            label.add(NLS.bind(Messages.Unit_component, coding.getComponent().strip()));
        }
        return new UnitKey(caseId, String.join(", ", key), String.join(", ", label));
    }

    /** A text's length; empty when a document's text cannot be read and has no recorded length. */
    private static Optional<CodedText> coded(Case c, CodableText text) {
        TextKey key = new TextKey(c.getId(), text.getId());
        if (text instanceof Note note) {
            int length = CodePoints.length(note.getText() == null ? "" : note.getText());
            return Optional.of(new CodedText(key, Texts.title(text), length, text));
        }
        if (text instanceof Document d) {
            int length = d.getLength() > 0 ? d.getLength() : Texts.of(d).map(CodePoints::length).orElse(-1);
            return length < 0 ? Optional.empty() : Optional.of(new CodedText(key, Texts.title(text), length, text));
        }
        return Optional.empty();
    }

    private String key(Code code) {
        String own = ownKey(code);
        if (names.containsKey(own)) {
            return own;
        }
        String byName = idByName.get(name(code).strip().toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        names.put(own, name(code));
        return own;
    }

    private static String ownKey(Code code) {
        return code.getId() != null ? code.getId() : "name:" + name(code);
    }

    private static String name(Code code) {
        return code.getName() == null ? String.valueOf(code.getId()) : code.getName();
    }
}
