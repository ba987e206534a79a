/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Benefit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getBenefit()
 * @model
 * @generated
 */
public enum Benefit implements Enumerator {
	/**
	 * The '<em><b>WIDER CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIDER_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	WIDER_CHOICE(0, "WIDER_CHOICE", "wider practical choices for users"),

	/**
	 * The '<em><b>POWER SHIFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_SHIFT_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_SHIFT(1, "POWER_SHIFT", "power shifts towards users"),

	/**
	 * The '<em><b>COMMUNITY RESOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_RESOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_RESOURCES(2, "COMMUNITY_RESOURCES", "community resources mobilised"),

	/**
	 * The '<em><b>RESOURCE ACTIVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_ACTIVATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_ACTIVATION(3, "RESOURCE_ACTIVATION", "information flows and resource activation"),

	/**
	 * The '<em><b>SHARED RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_RISK(4, "SHARED_RISK", "risk shared between users and professionals"),

	/**
	 * The '<em><b>CLEARER ACCOUNTABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEARER_ACCOUNTABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	CLEARER_ACCOUNTABILITY(5, "CLEARER_ACCOUNTABILITY", "clearer accountability"),

	/**
	 * The '<em><b>DRAWS IN LESS WELL OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAWS_IN_LESS_WELL_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	DRAWS_IN_LESS_WELL_OFF(6, "DRAWS_IN_LESS_WELL_OFF", "draws in the less well-off"),

	/**
	 * The '<em><b>LOWER COST HIGHER IMPACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_COST_HIGHER_IMPACT_VALUE
	 * @generated
	 * @ordered
	 */
	LOWER_COST_HIGHER_IMPACT(7, "LOWER_COST_HIGHER_IMPACT", "lower cost, higher impact, better quality"),

	/**
	 * The '<em><b>STRONGER ORGANISATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGER_ORGANISATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	STRONGER_ORGANISATIONS(8, "STRONGER_ORGANISATIONS", "stronger local organisations, less clientelism"),

	/**
	 * The '<em><b>SDI BENEFITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDI_BENEFITS_VALUE
	 * @generated
	 * @ordered
	 */
	SDI_BENEFITS(9, "SDI_BENEFITS", "design, relational, inclusive, political and empowerment benefits"),

	/**
	 * The '<em><b>LEGITIMACY VOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGITIMACY_VOICE_VALUE
	 * @generated
	 * @ordered
	 */
	LEGITIMACY_VOICE(10, "LEGITIMACY_VOICE", "legitimacy and voice, alliances"),

	/**
	 * The '<em><b>SELF WORTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_WORTH_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_WORTH(11, "SELF_WORTH", "self-worth and confidence"),

	/**
	 * The '<em><b>RESILIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESILIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	RESILIENCE(12, "RESILIENCE", "resilience and lower demand for services"),

	/**
	 * The '<em><b>BETTER OUTCOMES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BETTER_OUTCOMES_VALUE
	 * @generated
	 * @ordered
	 */
	BETTER_OUTCOMES(13, "BETTER_OUTCOMES", "better outcomes through active involvement");

	/**
	 * The '<em><b>WIDER CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIDER_CHOICE
	 * @model literal="wider practical choices for users"
	 * @generated
	 * @ordered
	 */
	public static final int WIDER_CHOICE_VALUE = 0;

	/**
	 * The '<em><b>POWER SHIFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_SHIFT
	 * @model literal="power shifts towards users"
	 * @generated
	 * @ordered
	 */
	public static final int POWER_SHIFT_VALUE = 1;

	/**
	 * The '<em><b>COMMUNITY RESOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_RESOURCES
	 * @model literal="community resources mobilised"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_RESOURCES_VALUE = 2;

	/**
	 * The '<em><b>RESOURCE ACTIVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_ACTIVATION
	 * @model literal="information flows and resource activation"
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_ACTIVATION_VALUE = 3;

	/**
	 * The '<em><b>SHARED RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_RISK
	 * @model literal="risk shared between users and professionals"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_RISK_VALUE = 4;

	/**
	 * The '<em><b>CLEARER ACCOUNTABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEARER_ACCOUNTABILITY
	 * @model literal="clearer accountability"
	 * @generated
	 * @ordered
	 */
	public static final int CLEARER_ACCOUNTABILITY_VALUE = 5;

	/**
	 * The '<em><b>DRAWS IN LESS WELL OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAWS_IN_LESS_WELL_OFF
	 * @model literal="draws in the less well-off"
	 * @generated
	 * @ordered
	 */
	public static final int DRAWS_IN_LESS_WELL_OFF_VALUE = 6;

	/**
	 * The '<em><b>LOWER COST HIGHER IMPACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_COST_HIGHER_IMPACT
	 * @model literal="lower cost, higher impact, better quality"
	 * @generated
	 * @ordered
	 */
	public static final int LOWER_COST_HIGHER_IMPACT_VALUE = 7;

	/**
	 * The '<em><b>STRONGER ORGANISATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGER_ORGANISATIONS
	 * @model literal="stronger local organisations, less clientelism"
	 * @generated
	 * @ordered
	 */
	public static final int STRONGER_ORGANISATIONS_VALUE = 8;

	/**
	 * The '<em><b>SDI BENEFITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDI_BENEFITS
	 * @model literal="design, relational, inclusive, political and empowerment benefits"
	 * @generated
	 * @ordered
	 */
	public static final int SDI_BENEFITS_VALUE = 9;

	/**
	 * The '<em><b>LEGITIMACY VOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGITIMACY_VOICE
	 * @model literal="legitimacy and voice, alliances"
	 * @generated
	 * @ordered
	 */
	public static final int LEGITIMACY_VOICE_VALUE = 10;

	/**
	 * The '<em><b>SELF WORTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_WORTH
	 * @model literal="self-worth and confidence"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_WORTH_VALUE = 11;

	/**
	 * The '<em><b>RESILIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESILIENCE
	 * @model literal="resilience and lower demand for services"
	 * @generated
	 * @ordered
	 */
	public static final int RESILIENCE_VALUE = 12;

	/**
	 * The '<em><b>BETTER OUTCOMES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BETTER_OUTCOMES
	 * @model literal="better outcomes through active involvement"
	 * @generated
	 * @ordered
	 */
	public static final int BETTER_OUTCOMES_VALUE = 13;

	/**
	 * An array of all the '<em><b>Benefit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Benefit[] VALUES_ARRAY =
		new Benefit[] {
			WIDER_CHOICE,
			POWER_SHIFT,
			COMMUNITY_RESOURCES,
			RESOURCE_ACTIVATION,
			SHARED_RISK,
			CLEARER_ACCOUNTABILITY,
			DRAWS_IN_LESS_WELL_OFF,
			LOWER_COST_HIGHER_IMPACT,
			STRONGER_ORGANISATIONS,
			SDI_BENEFITS,
			LEGITIMACY_VOICE,
			SELF_WORTH,
			RESILIENCE,
			BETTER_OUTCOMES,
		};

	/**
	 * A public read-only list of all the '<em><b>Benefit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Benefit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Benefit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Benefit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Benefit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Benefit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Benefit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Benefit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Benefit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Benefit get(int value) {
		switch (value) {
			case WIDER_CHOICE_VALUE: return WIDER_CHOICE;
			case POWER_SHIFT_VALUE: return POWER_SHIFT;
			case COMMUNITY_RESOURCES_VALUE: return COMMUNITY_RESOURCES;
			case RESOURCE_ACTIVATION_VALUE: return RESOURCE_ACTIVATION;
			case SHARED_RISK_VALUE: return SHARED_RISK;
			case CLEARER_ACCOUNTABILITY_VALUE: return CLEARER_ACCOUNTABILITY;
			case DRAWS_IN_LESS_WELL_OFF_VALUE: return DRAWS_IN_LESS_WELL_OFF;
			case LOWER_COST_HIGHER_IMPACT_VALUE: return LOWER_COST_HIGHER_IMPACT;
			case STRONGER_ORGANISATIONS_VALUE: return STRONGER_ORGANISATIONS;
			case SDI_BENEFITS_VALUE: return SDI_BENEFITS;
			case LEGITIMACY_VOICE_VALUE: return LEGITIMACY_VOICE;
			case SELF_WORTH_VALUE: return SELF_WORTH;
			case RESILIENCE_VALUE: return RESILIENCE;
			case BETTER_OUTCOMES_VALUE: return BETTER_OUTCOMES;
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
	private Benefit(int value, String name, String literal) {
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
	
} //Benefit
