/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Diffusion Mechanism</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getDiffusionMechanism()
 * @model
 * @generated
 */
public enum DiffusionMechanism implements Enumerator {
	/**
	 * The '<em><b>EXCHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	EXCHANGE(0, "EXCHANGE", "exchange"),

	/**
	 * The '<em><b>NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK(1, "NETWORK", "network"),

	/**
	 * The '<em><b>REPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	REPLICATION(2, "REPLICATION", "replication"),

	/**
	 * The '<em><b>POLICY ADOPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADOPTION_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_ADOPTION(3, "POLICY_ADOPTION", "policy adoption"),

	/**
	 * The '<em><b>TRANSLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATION_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSLATION(4, "TRANSLATION", "translation"),

	/**
	 * The '<em><b>ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVICE(5, "ADVICE", "advice");

	/**
	 * The '<em><b>EXCHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCHANGE
	 * @model literal="exchange"
	 * @generated
	 * @ordered
	 */
	public static final int EXCHANGE_VALUE = 0;

	/**
	 * The '<em><b>NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK
	 * @model literal="network"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_VALUE = 1;

	/**
	 * The '<em><b>REPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION
	 * @model literal="replication"
	 * @generated
	 * @ordered
	 */
	public static final int REPLICATION_VALUE = 2;

	/**
	 * The '<em><b>POLICY ADOPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADOPTION
	 * @model literal="policy adoption"
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_ADOPTION_VALUE = 3;

	/**
	 * The '<em><b>TRANSLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATION
	 * @model literal="translation"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSLATION_VALUE = 4;

	/**
	 * The '<em><b>ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE
	 * @model literal="advice"
	 * @generated
	 * @ordered
	 */
	public static final int ADVICE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Diffusion Mechanism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiffusionMechanism[] VALUES_ARRAY =
		new DiffusionMechanism[] {
			EXCHANGE,
			NETWORK,
			REPLICATION,
			POLICY_ADOPTION,
			TRANSLATION,
			ADVICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Diffusion Mechanism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiffusionMechanism> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Diffusion Mechanism</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiffusionMechanism get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiffusionMechanism result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diffusion Mechanism</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiffusionMechanism getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiffusionMechanism result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diffusion Mechanism</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiffusionMechanism get(int value) {
		switch (value) {
			case EXCHANGE_VALUE: return EXCHANGE;
			case NETWORK_VALUE: return NETWORK;
			case REPLICATION_VALUE: return REPLICATION;
			case POLICY_ADOPTION_VALUE: return POLICY_ADOPTION;
			case TRANSLATION_VALUE: return TRANSLATION;
			case ADVICE_VALUE: return ADVICE;
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
	private DiffusionMechanism(int value, String name, String literal) {
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
	
} //DiffusionMechanism
