/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Initiator Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getInitiatorMode()
 * @model
 * @generated
 */
public enum InitiatorMode implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "unknown"),

	/**
	 * The '<em><b>STATE SPONSORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_SPONSORED_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_SPONSORED(1, "STATE_SPONSORED", "state-sponsored"),

	/**
	 * The '<em><b>SELF ORGANISED GRASSROOTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_ORGANISED_GRASSROOTS_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_ORGANISED_GRASSROOTS(2, "SELF_ORGANISED_GRASSROOTS", "self-organised grassroots"),

	/**
	 * The '<em><b>NGO PROFESSIONAL LED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_PROFESSIONAL_LED_VALUE
	 * @generated
	 * @ordered
	 */
	NGO_PROFESSIONAL_LED(3, "NGO_PROFESSIONAL_LED", "NGO/professional-led"),

	/**
	 * The '<em><b>ELITE BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELITE_BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	ELITE_BUSINESS(4, "ELITE_BUSINESS", "elite/business"),

	/**
	 * The '<em><b>COMMUNITY ORGANISING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISING_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_ORGANISING(5, "COMMUNITY_ORGANISING", "community organising"),

	/**
	 * The '<em><b>PRIVATE PPP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_PPP_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_PPP(6, "PRIVATE_PPP", "private/PPP"),

	/**
	 * The '<em><b>MIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED_VALUE
	 * @generated
	 * @ordered
	 */
	MIXED(7, "MIXED", "mixed"),

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(8, "NOT_APPLICABLE", "n/a");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model literal="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>STATE SPONSORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_SPONSORED
	 * @model literal="state-sponsored"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_SPONSORED_VALUE = 1;

	/**
	 * The '<em><b>SELF ORGANISED GRASSROOTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_ORGANISED_GRASSROOTS
	 * @model literal="self-organised grassroots"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_ORGANISED_GRASSROOTS_VALUE = 2;

	/**
	 * The '<em><b>NGO PROFESSIONAL LED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_PROFESSIONAL_LED
	 * @model literal="NGO/professional-led"
	 * @generated
	 * @ordered
	 */
	public static final int NGO_PROFESSIONAL_LED_VALUE = 3;

	/**
	 * The '<em><b>ELITE BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELITE_BUSINESS
	 * @model literal="elite/business"
	 * @generated
	 * @ordered
	 */
	public static final int ELITE_BUSINESS_VALUE = 4;

	/**
	 * The '<em><b>COMMUNITY ORGANISING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISING
	 * @model literal="community organising"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_ORGANISING_VALUE = 5;

	/**
	 * The '<em><b>PRIVATE PPP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_PPP
	 * @model literal="private/PPP"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_PPP_VALUE = 6;

	/**
	 * The '<em><b>MIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED
	 * @model literal="mixed"
	 * @generated
	 * @ordered
	 */
	public static final int MIXED_VALUE = 7;

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model literal="n/a"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Initiator Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InitiatorMode[] VALUES_ARRAY =
		new InitiatorMode[] {
			UNKNOWN,
			STATE_SPONSORED,
			SELF_ORGANISED_GRASSROOTS,
			NGO_PROFESSIONAL_LED,
			ELITE_BUSINESS,
			COMMUNITY_ORGANISING,
			PRIVATE_PPP,
			MIXED,
			NOT_APPLICABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Initiator Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InitiatorMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Initiator Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitiatorMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitiatorMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initiator Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitiatorMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitiatorMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initiator Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitiatorMode get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case STATE_SPONSORED_VALUE: return STATE_SPONSORED;
			case SELF_ORGANISED_GRASSROOTS_VALUE: return SELF_ORGANISED_GRASSROOTS;
			case NGO_PROFESSIONAL_LED_VALUE: return NGO_PROFESSIONAL_LED;
			case ELITE_BUSINESS_VALUE: return ELITE_BUSINESS;
			case COMMUNITY_ORGANISING_VALUE: return COMMUNITY_ORGANISING;
			case PRIVATE_PPP_VALUE: return PRIVATE_PPP;
			case MIXED_VALUE: return MIXED;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
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
	private InitiatorMode(int value, String name, String literal) {
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
	
} //InitiatorMode
