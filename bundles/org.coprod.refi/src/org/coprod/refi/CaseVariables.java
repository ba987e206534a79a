package org.coprod.refi;

import static org.coprod.model.CoprodPackage.Literals.CASE__ALIASES;
import static org.coprod.model.CoprodPackage.Literals.CASE__CASE_TYPE;
import static org.coprod.model.CoprodPackage.Literals.CASE__CONTEXT;
import static org.coprod.model.CoprodPackage.Literals.CASE__CO_PRODUCERS;
import static org.coprod.model.CoprodPackage.Literals.CASE__INITIATOR_MODE;
import static org.coprod.model.CoprodPackage.Literals.CASE__MEETS_DEFINITIONS;
import static org.coprod.model.CoprodPackage.Literals.CASE__ONGOING;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_END;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_NOTE;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_START;
import static org.coprod.model.CoprodPackage.Literals.CASE__PLACES;
import static org.coprod.model.CoprodPackage.Literals.CASE__SCALE;
import static org.coprod.model.CoprodPackage.Literals.CASE__SECTORS;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__CLIENTELIST_CONTEXT;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__CONFRONTATION_LEVEL;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__COOPTATION_RISK;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__DATA_ACTIVITIES;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__NETWORK_LEVEL;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__SAVINGS_MEMBERS;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__SAVINGS_SCHEME;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__STATE_STANCE;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__STRATEGY_CONTEXTS;
import static org.coprod.model.CoprodPackage.Literals.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Supplier;

import org.coprod.core.Countries;
import org.coprod.core.EnumText;
import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Coder;
import org.coprod.model.CoprodFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;

/**
 * The facts of a case that travel as REFI-QDA case variables, in both directions: each fact's variable name, type and
 * description, how its value is written from a case, and how a value read back sets it. One home for the mapping, so
 * that what an export writes is exactly what an import reads. Typology placements (one variable per phase or service
 * component, see {@link Placements}) and the case's id come with them; the rest of a case has no REFI element and goes
 * in its record note ({@link CaseRecordText}).
 */
final class CaseVariables {

    /** Compiled once: a pattern for each of an import's 10,000 cases' values was a tenth of what it allocated. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    /** The REFI-QDA type of a variable. */
    enum Type {
        TEXT("Text"), INTEGER("Integer"), BOOLEAN("Boolean");

        final String refi;

        Type(String refi) {
            this.refi = refi;
        }
    }

    /** A variable as declared in a project's {@code Variables}. */
    record Variable(String name, Type type, String description) {
    }

    /** One value of a case. */
    record Value(Variable variable, String text) {
    }

    /**
     * What reading a fact needs beyond the case: the library (for typology cells), the coder of the records it makes,
     * where problems go, and the library's case a merge goes into (null for a new case), whose records are not made again.
     */
    record Reading(CaseLibrary library, Supplier<Coder> recordCoder, Consumer<String> problems, Case existing) {
    }

    /** One fact: its variable, its value in a case (null for none), and how a value read back sets it. */
    private record Fact(Variable variable, Function<Case, String> value, Setter setter) {
    }

    private interface Setter {
        void set(Case c, String value, Reading reading);
    }

    static final String SEPARATOR = "; ";
    static final Variable CASE_ID = new Variable("Case id", Type.TEXT, "The case's id in the Co-production Workbench");
    static final Variable PARENT = new Variable("Parent case", Type.TEXT, "The id of the case this one is part of");

    private static final List<Fact> FACTS = facts();
    private static final Map<String, Fact> BY_NAME = byName();

    private CaseVariables() {
    }

    private static List<Fact> facts() {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact(CASE_ID, Case::getId, (c, v, r) -> { })); // read by the case import, which decides the id
        f.add(feature("Aliases", CASE__ALIASES, "Other names of the case, separated by ;"));
        f.add(new Fact(new Variable("Countries", Type.TEXT, "ISO 3166-1 alpha-2 country codes, separated by ;"),
                c -> join(c.getCountries()), CaseVariables::countries));
        f.add(feature("Places", CASE__PLACES, "Cities or regions, separated by ;"));
        f.add(feature("Sectors", CASE__SECTORS, "Service sectors, separated by ;"));
        f.add(feature("Period start", CASE__PERIOD_START, "The year the case began"));
        f.add(feature("Period end", CASE__PERIOD_END, "The year the case ended"));
        f.add(feature("Ongoing", CASE__ONGOING, "Whether the case is still going on"));
        f.add(feature("Period note", CASE__PERIOD_NOTE, "Words about the period"));
        f.add(new Fact(PARENT, c -> c.getParent() == null ? null : c.getParent().getId(), (c, v, r) -> { })); // resolved by the case import
        f.add(feature("Case type", CASE__CASE_TYPE, "Case study, example, organisation/network …"));
        f.add(feature("Initiator mode", CASE__INITIATOR_MODE, "Who initiated the co-production"));
        f.add(feature("Context", CASE__CONTEXT, "The case's context"));
        f.add(feature("Scale", CASE__SCALE, "The case's scale"));
        f.add(feature("Co-producers", CASE__CO_PRODUCERS, "Who co-produces, separated by ;"));
        f.add(feature("Definitions met", CASE__MEETS_DEFINITIONS, "The definitions of co-production the case meets"));
        for (Dimension d : Dimension.values()) {
            f.add(new Fact(RecordVariables.variable(d), c -> join(RecordVariables.values(c, d)),
                    (c, v, r) -> RecordVariables.read(c, d, v, r)));
        }
        f.add(profile("State stance", POLITICAL_PROFILE__STATE_STANCE, "The state's stance (Mitlin)"));
        f.add(profile("Clientelist context", POLITICAL_PROFILE__CLIENTELIST_CONTEXT, "How clientelist the context is (Mitlin)"));
        f.add(profile("Confrontation level", POLITICAL_PROFILE__CONFRONTATION_LEVEL, "How confrontational the strategy is (Mitlin)"));
        f.add(profile("Co-optation risk", POLITICAL_PROFILE__COOPTATION_RISK, "The risk of co-optation (Mitlin)"));
        f.add(profile("Network level", POLITICAL_PROFILE__NETWORK_LEVEL, "The highest level of the network (Mitlin)"));
        f.add(profile("Strategy contexts", POLITICAL_PROFILE__STRATEGY_CONTEXTS, "Strategy contexts, separated by ; (Mitlin)"));
        f.add(profile("Data activities", POLITICAL_PROFILE__DATA_ACTIVITIES, "Profiling, enumeration, mapping …, separated by ;"));
        f.add(profile("Savings scheme", POLITICAL_PROFILE__SAVINGS_SCHEME, "Whether the case runs a savings scheme"));
        f.add(profile("Savings members", POLITICAL_PROFILE__SAVINGS_MEMBERS, "How many members the savings scheme has"));
        f.add(profile("Women's share (%)", POLITICAL_PROFILE__WOMEN_SHARE_PERCENT, "The share of women among members, in per cent"));
        return List.copyOf(f);
    }

    private static Map<String, Fact> byName() {
        Map<String, Fact> m = new LinkedHashMap<>();
        FACTS.forEach(f -> m.put(key(f.variable().name()), f));
        return m;
    }

    /** The form two spellings of a variable name are compared in: "period_start", "Period Start" and "period-start" agree. */
    static String key(String name) {
        return name == null ? "" : SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Every value a case has, in the order the variables are declared; facts without a value are left out. */
    static List<Value> of(Case c) {
        List<Value> out = new ArrayList<>();
        for (Fact f : FACTS) {
            String v = f.value().apply(c);
            if (v != null && !v.isBlank()) {
                out.add(new Value(f.variable(), v));
            }
            if (f.variable().name().equals("Definitions met")) {
                out.addAll(Placements.of(c)); // after the case's own facts, before the coded records
            }
        }
        return out;
    }

    /** The variable of a name, if it is one of the facts (a placement variable is recognised by {@link Placements}). */
    static Optional<Variable> known(String name) {
        Fact f = BY_NAME.get(key(name));
        return f == null ? Optional.empty() : Optional.of(f.variable());
    }

    /**
     * Sets the fact a variable names from its value read back; returns false when the name is no fact of a case (the
     * caller keeps such a variable as text). A value that cannot be read is reported through the reading's problems.
     */
    static boolean read(Case c, String name, String value, Reading reading) {
        Fact f = BY_NAME.get(key(name));
        if (f != null) {
            f.setter().set(c, value.strip(), reading);
            return true;
        }
        return Placements.read(c, name, value, reading);
    }

    // --- facts held in one attribute ---

    private static Fact feature(String name, EAttribute attribute, String description) {
        return new Fact(new Variable(name, typeOf(attribute), description), c -> text(c, attribute, false),
                (c, v, r) -> set(c, attribute, v, r));
    }

    private static Fact profile(String name, EAttribute attribute, String description) {
        return new Fact(new Variable(name, typeOf(attribute), description),
                c -> c.getPoliticalProfile() == null ? null : text(c.getPoliticalProfile(), attribute, true), (c, v, r) -> {
                    if (c.getPoliticalProfile() == null) {
                        c.setPoliticalProfile(CoprodFactory.eINSTANCE.createPoliticalProfile());
                    }
                    set(c.getPoliticalProfile(), attribute, v, r);
                });
    }

    private static Type typeOf(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == Integer.class || type == int.class) {
            return Type.INTEGER;
        }
        return type == Boolean.class || type == boolean.class ? Type.BOOLEAN : Type.TEXT;
    }

    /**
     * The value of an attribute as a variable's text. A single enumeration value is written whatever it is (a case's
     * type defaults to "case study", which is a real answer) unless it is "unknown"; in a political profile, only
     * values that were set, since a profile records what a coder chose.
     */
    private static String text(EObject owner, EAttribute attribute, boolean onlyIfSet) {
        Object v = owner.eGet(attribute);
        if (attribute.isMany()) {
            List<String> items = new ArrayList<>();
            for (Object o : (List<?>) v) {
                items.add(o instanceof Enumerator e ? e.getLiteral() : String.valueOf(o));
            }
            return join(items);
        }
        if (v instanceof Enumerator e) {
            return e.getName().equals("UNKNOWN") || onlyIfSet && !owner.eIsSet(attribute) ? null : e.getLiteral();
        }
        if (v instanceof Boolean b) {
            return b ? "true" : null; // false is the default: writing it for every case would say nothing
        }
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject owner, EAttribute attribute, String value, Reading reading) {
        String name = attribute.getName();
        if (attribute.getEAttributeType() instanceof EEnum type) {
            if (attribute.isMany()) {
                List<Object> list = (List<Object>) owner.eGet(attribute);
                for (String item : items(value)) {
                    enumValue(type, item, reading).filter(x -> !list.contains(x)).ifPresent(list::add);
                }
            } else {
                enumValue(type, value, reading).ifPresent(x -> owner.eSet(attribute, x));
            }
            return;
        }
        switch (typeOf(attribute)) {
            case INTEGER -> {
                try {
                    owner.eSet(attribute, Integer.valueOf(value.replaceAll("\\.0+$", "")));
                } catch (NumberFormatException e) {
                    reading.problems().accept("'" + value + "' is not a whole number (" + name + ")");
                }
            }
            case BOOLEAN -> bool(value).ifPresentOrElse(b -> owner.eSet(attribute, b),
                    () -> reading.problems().accept("'" + value + "' is not true or false (" + name + ")"));
            case TEXT -> {
                if (attribute.isMany()) {
                    List<Object> list = (List<Object>) owner.eGet(attribute);
                    items(value).stream().filter(x -> !list.contains(x)).forEach(list::add);
                } else {
                    owner.eSet(attribute, value);
                }
            }
        }
    }

    static Optional<Boolean> bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> Optional.of(Boolean.TRUE);
            case "false", "no", "0", "n" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    static Optional<Enumerator> enumValue(EEnum type, String text, Reading reading) {
        Optional<Enumerator> v = EnumText.value(type, text);
        if (v.isEmpty()) {
            reading.problems().accept("'" + text + "' is not one of: " + String.join(", ", EnumText.labels(type)));
        }
        return v;
    }

    /** Country codes, or English country names as other tools' attributes hold them ("Brazil" → BR). */
    private static void countries(Case c, String value, Reading reading) {
        for (String item : items(value)) {
            String code = Countries.code(item);
            if (code == null) {
                code = COUNTRY_NAMES.get(item.toLowerCase(Locale.ROOT));
            }
            if (code == null) {
                reading.problems().accept("'" + item + "' is not an ISO 3166-1 alpha-2 country code or an English country name");
            } else if (!c.getCountries().contains(code)) {
                c.getCountries().add(code);
            }
        }
    }

    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private static Map<String, String> countryNames() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(Countries.name(code).toLowerCase(Locale.ROOT), code);
        }
        return m;
    }

    static String join(List<?> values) {
        Set<String> items = new LinkedHashSet<>();
        values.forEach(v -> items.add(v instanceof Enumerator e ? e.getLiteral() : String.valueOf(v)));
        return String.join(SEPARATOR, items);
    }

    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
