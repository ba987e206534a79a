/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Limitation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getLimitation()
 * @model
 * @generated
 */
public enum Limitation implements Enumerator {
	/**
	 * The '<em><b>CONFLICTING VALUES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_VALUES_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICTING_VALUES(0, "CONFLICTING_VALUES", "conflicting values, unclear roles"),

	/**
	 * The '<em><b>FREE RIDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE_RIDERS_VALUE
	 * @generated
	 * @ordered
	 */
	FREE_RIDERS(1, "FREE_RIDERS", "free riders"),

	/**
	 * The '<em><b>BURN OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BURN_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	BURN_OUT(2, "BURN_OUT", "burn-out"),

	/**
	 * The '<em><b>WEAKER LOBBYING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAKER_LOBBYING_VALUE
	 * @generated
	 * @ordered
	 */
	WEAKER_LOBBYING(3, "WEAKER_LOBBYING", "weaker third-sector lobbying"),

	/**
	 * The '<em><b>DILUTED ACCOUNTABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DILUTED_ACCOUNTABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DILUTED_ACCOUNTABILITY(4, "DILUTED_ACCOUNTABILITY", "diluted public accountability"),

	/**
	 * The '<em><b>UNEQUAL PARTICIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEQUAL_PARTICIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	UNEQUAL_PARTICIPATION(5, "UNEQUAL_PARTICIPATION", "unequal participation"),

	/**
	 * The '<em><b>WHY SHOULD THEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHY_SHOULD_THEY_VALUE
	 * @generated
	 * @ordered
	 */
	WHY_SHOULD_THEY(6, "WHY_SHOULD_THEY", "responsibility handed to the powerless"),

	/**
	 * The '<em><b>PROFESSIONAL RESISTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_RESISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL_RESISTANCE(7, "PROFESSIONAL_RESISTANCE", "professional resistance"),

	/**
	 * The '<em><b>POLITICAL RELUCTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_RELUCTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_RELUCTANCE(8, "POLITICAL_RELUCTANCE", "politicians reluctant to back it"),

	/**
	 * The '<em><b>QUALITY LEGAL RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_LEGAL_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_LEGAL_RISK(9, "QUALITY_LEGAL_RISK", "quality and legal risk without professionals"),

	/**
	 * The '<em><b>POSITION POWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITION_POWER_VALUE
	 * @generated
	 * @ordered
	 */
	POSITION_POWER(10, "POSITION_POWER", "position power of community leaders"),

	/**
	 * The '<em><b>CONTEXT SPECIFIC EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT_SPECIFIC_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTEXT_SPECIFIC_EVIDENCE(11, "CONTEXT_SPECIFIC_EVIDENCE", "context-specific, recent evidence"),

	/**
	 * The '<em><b>STATE HOSTILITY COOPTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_HOSTILITY_COOPTATION_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_HOSTILITY_COOPTATION(12, "STATE_HOSTILITY_COOPTATION", "state ambivalence, hostility or co-optation"),

	/**
	 * The '<em><b>SUPERFICIAL PARTICIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERFICIAL_PARTICIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERFICIAL_PARTICIPATION(13, "SUPERFICIAL_PARTICIPATION", "superficial participation"),

	/**
	 * The '<em><b>CLIENTELISM BOUNCES BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENTELISM_BOUNCES_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENTELISM_BOUNCES_BACK(14, "CLIENTELISM_BOUNCES_BACK", "clientelism bounces back"),

	/**
	 * The '<em><b>CODIFICATION HURTS POOREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODIFICATION_HURTS_POOREST_VALUE
	 * @generated
	 * @ordered
	 */
	CODIFICATION_HURTS_POOREST(15, "CODIFICATION_HURTS_POOREST", "codified standards hurt the poorest"),

	/**
	 * The '<em><b>INDIVIDUALISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUALISATION_VALUE
	 * @generated
	 * @ordered
	 */
	INDIVIDUALISATION(16, "INDIVIDUALISATION", "individualisation undermines collective action"),

	/**
	 * The '<em><b>TOP DOWN LIMITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOP_DOWN_LIMITED_VALUE
	 * @generated
	 * @ordered
	 */
	TOP_DOWN_LIMITED(17, "TOP_DOWN_LIMITED", "top-down programming brings limited benefits"),

	/**
	 * The '<em><b>DARK SIDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARK_SIDE_VALUE
	 * @generated
	 * @ordered
	 */
	DARK_SIDE(18, "DARK_SIDE", "privatisation and offloading"),

	/**
	 * The '<em><b>NOT UNIVERSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_UNIVERSAL_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_UNIVERSAL(19, "NOT_UNIVERSAL", "not suited to every service or person"),

	/**
	 * The '<em><b>GAINS REVERSIBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAINS_REVERSIBLE_VALUE
	 * @generated
	 * @ordered
	 */
	GAINS_REVERSIBLE(20, "GAINS_REVERSIBLE", "gains can be lost suddenly"),

	/**
	 * The '<em><b>FUNDING TIES HANDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_TIES_HANDS_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING_TIES_HANDS(21, "FUNDING_TIES_HANDS", "public funding ties hands"),

	/**
	 * The '<em><b>POWER IMBALANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_IMBALANCE_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_IMBALANCE(22, "POWER_IMBALANCE", "inherent power imbalance");

	/**
	 * The '<em><b>CONFLICTING VALUES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTING_VALUES
	 * @model literal="conflicting values, unclear roles"
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICTING_VALUES_VALUE = 0;

	/**
	 * The '<em><b>FREE RIDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE_RIDERS
	 * @model literal="free riders"
	 * @generated
	 * @ordered
	 */
	public static final int FREE_RIDERS_VALUE = 1;

	/**
	 * The '<em><b>BURN OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BURN_OUT
	 * @model literal="burn-out"
	 * @generated
	 * @ordered
	 */
	public static final int BURN_OUT_VALUE = 2;

	/**
	 * The '<em><b>WEAKER LOBBYING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAKER_LOBBYING
	 * @model literal="weaker third-sector lobbying"
	 * @generated
	 * @ordered
	 */
	public static final int WEAKER_LOBBYING_VALUE = 3;

	/**
	 * The '<em><b>DILUTED ACCOUNTABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DILUTED_ACCOUNTABILITY
	 * @model literal="diluted public accountability"
	 * @generated
	 * @ordered
	 */
	public static final int DILUTED_ACCOUNTABILITY_VALUE = 4;

	/**
	 * The '<em><b>UNEQUAL PARTICIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEQUAL_PARTICIPATION
	 * @model literal="unequal participation"
	 * @generated
	 * @ordered
	 */
	public static final int UNEQUAL_PARTICIPATION_VALUE = 5;

	/**
	 * The '<em><b>WHY SHOULD THEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHY_SHOULD_THEY
	 * @model literal="responsibility handed to the powerless"
	 * @generated
	 * @ordered
	 */
	public static final int WHY_SHOULD_THEY_VALUE = 6;

	/**
	 * The '<em><b>PROFESSIONAL RESISTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_RESISTANCE
	 * @model literal="professional resistance"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_RESISTANCE_VALUE = 7;

	/**
	 * The '<em><b>POLITICAL RELUCTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_RELUCTANCE
	 * @model literal="politicians reluctant to back it"
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_RELUCTANCE_VALUE = 8;

	/**
	 * The '<em><b>QUALITY LEGAL RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_LEGAL_RISK
	 * @model literal="quality and legal risk without professionals"
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_LEGAL_RISK_VALUE = 9;

	/**
	 * The '<em><b>POSITION POWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITION_POWER
	 * @model literal="position power of community leaders"
	 * @generated
	 * @ordered
	 */
	public static final int POSITION_POWER_VALUE = 10;

	/**
	 * The '<em><b>CONTEXT SPECIFIC EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT_SPECIFIC_EVIDENCE
	 * @model literal="context-specific, recent evidence"
	 * @generated
	 * @ordered
	 */
	public static final int CONTEXT_SPECIFIC_EVIDENCE_VALUE = 11;

	/**
	 * The '<em><b>STATE HOSTILITY COOPTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_HOSTILITY_COOPTATION
	 * @model literal="state ambivalence, hostility or co-optation"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_HOSTILITY_COOPTATION_VALUE = 12;

	/**
	 * The '<em><b>SUPERFICIAL PARTICIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERFICIAL_PARTICIPATION
	 * @model literal="superficial participation"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERFICIAL_PARTICIPATION_VALUE = 13;

	/**
	 * The '<em><b>CLIENTELISM BOUNCES BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENTELISM_BOUNCES_BACK
	 * @model literal="clientelism bounces back"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENTELISM_BOUNCES_BACK_VALUE = 14;

	/**
	 * The '<em><b>CODIFICATION HURTS POOREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODIFICATION_HURTS_POOREST
	 * @model literal="codified standards hurt the poorest"
	 * @generated
	 * @ordered
	 */
	public static final int CODIFICATION_HURTS_POOREST_VALUE = 15;

	/**
	 * The '<em><b>INDIVIDUALISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUALISATION
	 * @model literal="individualisation undermines collective action"
	 * @generated
	 * @ordered
	 */
	public static final int INDIVIDUALISATION_VALUE = 16;

	/**
	 * The '<em><b>TOP DOWN LIMITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOP_DOWN_LIMITED
	 * @model literal="top-down programming brings limited benefits"
	 * @generated
	 * @ordered
	 */
	public static final int TOP_DOWN_LIMITED_VALUE = 17;

	/**
	 * The '<em><b>DARK SIDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARK_SIDE
	 * @model literal="privatisation and offloading"
	 * @generated
	 * @ordered
	 */
	public static final int DARK_SIDE_VALUE = 18;

	/**
	 * The '<em><b>NOT UNIVERSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_UNIVERSAL
	 * @model literal="not suited to every service or person"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_UNIVERSAL_VALUE = 19;

	/**
	 * The '<em><b>GAINS REVERSIBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAINS_REVERSIBLE
	 * @model literal="gains can be lost suddenly"
	 * @generated
	 * @ordered
	 */
	public static final int GAINS_REVERSIBLE_VALUE = 20;

	/**
	 * The '<em><b>FUNDING TIES HANDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_TIES_HANDS
	 * @model literal="public funding ties hands"
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_TIES_HANDS_VALUE = 21;

	/**
	 * The '<em><b>POWER IMBALANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_IMBALANCE
	 * @model literal="inherent power imbalance"
	 * @generated
	 * @ordered
	 */
	public static final int POWER_IMBALANCE_VALUE = 22;

	/**
	 * An array of all the '<em><b>Limitation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Limitation[] VALUES_ARRAY =
		new Limitation[] {
			CONFLICTING_VALUES,
			FREE_RIDERS,
			BURN_OUT,
			WEAKER_LOBBYING,
			DILUTED_ACCOUNTABILITY,
			UNEQUAL_PARTICIPATION,
			WHY_SHOULD_THEY,
			PROFESSIONAL_RESISTANCE,
			POLITICAL_RELUCTANCE,
			QUALITY_LEGAL_RISK,
			POSITION_POWER,
			CONTEXT_SPECIFIC_EVIDENCE,
			STATE_HOSTILITY_COOPTATION,
			SUPERFICIAL_PARTICIPATION,
			CLIENTELISM_BOUNCES_BACK,
			CODIFICATION_HURTS_POOREST,
			INDIVIDUALISATION,
			TOP_DOWN_LIMITED,
			DARK_SIDE,
			NOT_UNIVERSAL,
			GAINS_REVERSIBLE,
			FUNDING_TIES_HANDS,
			POWER_IMBALANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Limitation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Limitation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Limitation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Limitation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Limitation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Limitation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Limitation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Limitation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Limitation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Limitation get(int value) {
		switch (value) {
			case CONFLICTING_VALUES_VALUE: return CONFLICTING_VALUES;
			case FREE_RIDERS_VALUE: return FREE_RIDERS;
			case BURN_OUT_VALUE: return BURN_OUT;
			case WEAKER_LOBBYING_VALUE: return WEAKER_LOBBYING;
			case DILUTED_ACCOUNTABILITY_VALUE: return DILUTED_ACCOUNTABILITY;
			case UNEQUAL_PARTICIPATION_VALUE: return UNEQUAL_PARTICIPATION;
			case WHY_SHOULD_THEY_VALUE: return WHY_SHOULD_THEY;
			case PROFESSIONAL_RESISTANCE_VALUE: return PROFESSIONAL_RESISTANCE;
			case POLITICAL_RELUCTANCE_VALUE: return POLITICAL_RELUCTANCE;
			case QUALITY_LEGAL_RISK_VALUE: return QUALITY_LEGAL_RISK;
			case POSITION_POWER_VALUE: return POSITION_POWER;
			case CONTEXT_SPECIFIC_EVIDENCE_VALUE: return CONTEXT_SPECIFIC_EVIDENCE;
			case STATE_HOSTILITY_COOPTATION_VALUE: return STATE_HOSTILITY_COOPTATION;
			case SUPERFICIAL_PARTICIPATION_VALUE: return SUPERFICIAL_PARTICIPATION;
			case CLIENTELISM_BOUNCES_BACK_VALUE: return CLIENTELISM_BOUNCES_BACK;
			case CODIFICATION_HURTS_POOREST_VALUE: return CODIFICATION_HURTS_POOREST;
			case INDIVIDUALISATION_VALUE: return INDIVIDUALISATION;
			case TOP_DOWN_LIMITED_VALUE: return TOP_DOWN_LIMITED;
			case DARK_SIDE_VALUE: return DARK_SIDE;
			case NOT_UNIVERSAL_VALUE: return NOT_UNIVERSAL;
			case GAINS_REVERSIBLE_VALUE: return GAINS_REVERSIBLE;
			case FUNDING_TIES_HANDS_VALUE: return FUNDING_TIES_HANDS;
			case POWER_IMBALANCE_VALUE: return POWER_IMBALANCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Limitation(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Limitation
