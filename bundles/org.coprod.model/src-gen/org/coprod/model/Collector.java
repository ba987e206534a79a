/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Collector</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getCollector()
 * @model
 * @generated
 */
public enum Collector implements Enumerator {
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
	 * The '<em><b>INDEPENDENT RESEARCHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDEPENDENT_RESEARCHER_VALUE
	 * @generated
	 * @ordered
	 */
	INDEPENDENT_RESEARCHER(1, "INDEPENDENT_RESEARCHER", "independent researcher"),

	/**
	 * The '<em><b>ORGANISATION ITSELF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_ITSELF_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION_ITSELF(2, "ORGANISATION_ITSELF", "organisation itself"),

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(3, "GOVERNMENT", "government");

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
	 * The '<em><b>INDEPENDENT RESEARCHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDEPENDENT_RESEARCHER
	 * @model literal="independent researcher"
	 * @generated
	 * @ordered
	 */
	public static final int INDEPENDENT_RESEARCHER_VALUE = 1;

	/**
	 * The '<em><b>ORGANISATION ITSELF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_ITSELF
	 * @model literal="organisation itself"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_ITSELF_VALUE = 2;

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model literal="government"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Collector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Collector[] VALUES_ARRAY =
		new Collector[] {
			UNKNOWN,
			INDEPENDENT_RESEARCHER,
			ORGANISATION_ITSELF,
			GOVERNMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Collector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Collector> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Collector</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Collector get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Collector result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Collector</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Collector getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Collector result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Collector</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Collector get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case INDEPENDENT_RESEARCHER_VALUE: return INDEPENDENT_RESEARCHER;
			case ORGANISATION_ITSELF_VALUE: return ORGANISATION_ITSELF;
			case GOVERNMENT_VALUE: return GOVERNMENT;
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
	private Collector(int value, String name, String literal) {
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
	
} //Collector
