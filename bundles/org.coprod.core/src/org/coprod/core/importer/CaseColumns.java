package org.coprod.core.importer;

import static org.coprod.model.CoprodPackage.Literals.CASE__ALIASES;
import static org.coprod.model.CoprodPackage.Literals.CASE__BENEFITS;
import static org.coprod.model.CoprodPackage.Literals.CASE__CASE_TYPE;
import static org.coprod.model.CoprodPackage.Literals.CASE__CODINGS;
import static org.coprod.model.CoprodPackage.Literals.CASE__CONTEXT;
import static org.coprod.model.CoprodPackage.Literals.CASE__CONTRIBUTIONS;
import static org.coprod.model.CoprodPackage.Literals.CASE__COUNTRIES;
import static org.coprod.model.CoprodPackage.Literals.CASE__CO_PRODUCERS;
import static org.coprod.model.CoprodPackage.Literals.CASE__DRIVERS;
import static org.coprod.model.CoprodPackage.Literals.CASE__EVIDENCE;
import static org.coprod.model.CoprodPackage.Literals.CASE__INITIATOR_MODE;
import static org.coprod.model.CoprodPackage.Literals.CASE__LIMITATIONS;
import static org.coprod.model.CoprodPackage.Literals.CASE__NAME;
import static org.coprod.model.CoprodPackage.Literals.CASE__NOTES;
import static org.coprod.model.CoprodPackage.Literals.CASE__ONGOING;
import static org.coprod.model.CoprodPackage.Literals.CASE__OUTCOMES;
import static org.coprod.model.CoprodPackage.Literals.CASE__PARENT;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_END;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_NOTE;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_START;
import static org.coprod.model.CoprodPackage.Literals.CASE__PHASES;
import static org.coprod.model.CoprodPackage.Literals.CASE__PLACES;
import static org.coprod.model.CoprodPackage.Literals.CASE__POLITICAL_PROFILE;
import static org.coprod.model.CoprodPackage.Literals.CASE__ROLES;
import static org.coprod.model.CoprodPackage.Literals.CASE__SCALE;
import static org.coprod.model.CoprodPackage.Literals.CASE__SECTORS;
import static org.coprod.model.CoprodPackage.Literals.CASE__SOURCES;
import static org.coprod.model.CoprodPackage.Literals.CASE__SUMMARY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coprod.model.CoprodPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The columns of the import layout (in the README's order) and the features of a case each one fills: a merge
 * replaces exactly the features of the columns a row gives, whatever their new value (so {@code ongoing = no} does
 * turn an ongoing case off).
 */
public final class CaseColumns {

    /** The columns of the import layout, in the documented order. */
    public static final List<String> ALL = List.of("id", "name", "aliases", "summary", "countries", "places", "sectors", "period_start",
            "period_end", "ongoing", "period_note", "parent", "case_type", "initiator_mode", "context", "scale", "co_producers", "codings",
            "drivers", "actors", "contributions", "outcomes", "evidence", "benefits", "limitations", "state_stance", "clientelist_context",
            "network_level", "strategy_contexts", "data_activities", "savings_scheme", "sources", "note", "note_language", "note_author");

    /** The political-profile columns and the profile's feature each fills. */
    static final Map<String, EStructuralFeature> POLITICS = Map.of("state_stance", CoprodPackage.Literals.POLITICAL_PROFILE__STATE_STANCE,
            "clientelist_context", CoprodPackage.Literals.POLITICAL_PROFILE__CLIENTELIST_CONTEXT,
            "network_level", CoprodPackage.Literals.POLITICAL_PROFILE__NETWORK_LEVEL,
            "strategy_contexts", CoprodPackage.Literals.POLITICAL_PROFILE__STRATEGY_CONTEXTS,
            "data_activities", CoprodPackage.Literals.POLITICAL_PROFILE__DATA_ACTIVITIES,
            "savings_scheme", CoprodPackage.Literals.POLITICAL_PROFILE__SAVINGS_SCHEME);

    /** The case features each column fills ({@code id} fills none: it names the case). */
    static final Map<String, List<EStructuralFeature>> FEATURES = features();

    private CaseColumns() {
    }

    private static Map<String, List<EStructuralFeature>> features() {
        Map<String, List<EStructuralFeature>> m = new LinkedHashMap<>();
        m.put("id", List.of());
        m.put("name", List.of(CASE__NAME));
        m.put("aliases", List.of(CASE__ALIASES));
        m.put("summary", List.of(CASE__SUMMARY));
        m.put("countries", List.of(CASE__COUNTRIES));
        m.put("places", List.of(CASE__PLACES));
        m.put("sectors", List.of(CASE__SECTORS));
        m.put("period_start", List.of(CASE__PERIOD_START));
        m.put("period_end", List.of(CASE__PERIOD_END));
        m.put("ongoing", List.of(CASE__ONGOING));
        m.put("period_note", List.of(CASE__PERIOD_NOTE));
        m.put("parent", List.of(CASE__PARENT));
        m.put("case_type", List.of(CASE__CASE_TYPE));
        m.put("initiator_mode", List.of(CASE__INITIATOR_MODE));
        m.put("context", List.of(CASE__CONTEXT));
        m.put("scale", List.of(CASE__SCALE));
        m.put("co_producers", List.of(CASE__CO_PRODUCERS));
        for (String politics : POLITICS.keySet()) {
            m.put(politics, List.of(CASE__POLITICAL_PROFILE));
        }
        // a coding names its phase by label, and the phases are made from the codings
        m.put("codings", List.of(CASE__PHASES, CASE__CODINGS));
        m.put("drivers", List.of(CASE__DRIVERS));
        m.put("actors", List.of(CASE__ROLES));
        m.put("contributions", List.of(CASE__CONTRIBUTIONS));
        m.put("evidence", List.of(CASE__EVIDENCE));
        m.put("outcomes", List.of(CASE__OUTCOMES));
        m.put("benefits", List.of(CASE__BENEFITS));
        m.put("limitations", List.of(CASE__LIMITATIONS));
        m.put("sources", List.of(CASE__SOURCES));
        // a language or author alone changes nothing: the note they describe is in the note column
        m.put("note", List.of(CASE__NOTES));
        m.put("note_language", List.of());
        m.put("note_author", List.of());
        return m;
    }
}
