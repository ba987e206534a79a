/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>State Stance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getStateStance()
 * @model
 * @generated
 */
public enum StateStance implements Enumerator {
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
	 * The '<em><b>INITIATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INITIATOR(1, "INITIATOR", "initiator"),

	/**
	 * The '<em><b>SUPPORTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTIVE(2, "SUPPORTIVE", "supportive"),

	/**
	 * The '<em><b>AMBIVALENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMBIVALENT_VALUE
	 * @generated
	 * @ordered
	 */
	AMBIVALENT(3, "AMBIVALENT", "ambivalent"),

	/**
	 * The '<em><b>RESISTANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESISTANT_VALUE
	 * @generated
	 * @ordered
	 */
	RESISTANT(4, "RESISTANT", "resistant"),

	/**
	 * The '<em><b>HOSTILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTILE_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTILE(5, "HOSTILE", "hostile");

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
	 * The '<em><b>INITIATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIATOR
	 * @model literal="initiator"
	 * @generated
	 * @ordered
	 */
	public static final int INITIATOR_VALUE = 1;

	/**
	 * The '<em><b>SUPPORTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTIVE
	 * @model literal="supportive"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTIVE_VALUE = 2;

	/**
	 * The '<em><b>AMBIVALENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMBIVALENT
	 * @model literal="ambivalent"
	 * @generated
	 * @ordered
	 */
	public static final int AMBIVALENT_VALUE = 3;

	/**
	 * The '<em><b>RESISTANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESISTANT
	 * @model literal="resistant"
	 * @generated
	 * @ordered
	 */
	public static final int RESISTANT_VALUE = 4;

	/**
	 * The '<em><b>HOSTILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTILE
	 * @model literal="hostile"
	 * @generated
	 * @ordered
	 */
	public static final int HOSTILE_VALUE = 5;

	/**
	 * An array of all the '<em><b>State Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StateStance[] VALUES_ARRAY =
		new StateStance[] {
			UNKNOWN,
			INITIATOR,
			SUPPORTIVE,
			AMBIVALENT,
			RESISTANT,
			HOSTILE,
		};

	/**
	 * A public read-only list of all the '<em><b>State Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StateStance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>State Stance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateStance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StateStance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>State Stance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateStance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StateStance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>State Stance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StateStance get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case INITIATOR_VALUE: return INITIATOR;
			case SUPPORTIVE_VALUE: return SUPPORTIVE;
			case AMBIVALENT_VALUE: return AMBIVALENT;
			case RESISTANT_VALUE: return RESISTANT;
			case HOSTILE_VALUE: return HOSTILE;
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
	private StateStance(int value, String name, String literal) {
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
	
} //StateStance
