/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Definition Lens</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getDefinitionLens()
 * @model
 * @generated
 */
public enum DefinitionLens implements Enumerator {
	/**
	 * The '<em><b>OSTROM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OSTROM_VALUE
	 * @generated
	 * @ordered
	 */
	OSTROM(0, "OSTROM", "Ostrom"),

	/**
	 * The '<em><b>JOSHI MOORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOSHI_MOORE_VALUE
	 * @generated
	 * @ordered
	 */
	JOSHI_MOORE(1, "JOSHI_MOORE", "Joshi and Moore"),

	/**
	 * The '<em><b>BOVAIRD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOVAIRD_VALUE
	 * @generated
	 * @ordered
	 */
	BOVAIRD(2, "BOVAIRD", "Bovaird"),

	/**
	 * The '<em><b>MITLIN POLITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITLIN_POLITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	MITLIN_POLITICAL(3, "MITLIN_POLITICAL", "Mitlin (political)");

	/**
	 * The '<em><b>OSTROM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OSTROM
	 * @model literal="Ostrom"
	 * @generated
	 * @ordered
	 */
	public static final int OSTROM_VALUE = 0;

	/**
	 * The '<em><b>JOSHI MOORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOSHI_MOORE
	 * @model literal="Joshi and Moore"
	 * @generated
	 * @ordered
	 */
	public static final int JOSHI_MOORE_VALUE = 1;

	/**
	 * The '<em><b>BOVAIRD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOVAIRD
	 * @model literal="Bovaird"
	 * @generated
	 * @ordered
	 */
	public static final int BOVAIRD_VALUE = 2;

	/**
	 * The '<em><b>MITLIN POLITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITLIN_POLITICAL
	 * @model literal="Mitlin (political)"
	 * @generated
	 * @ordered
	 */
	public static final int MITLIN_POLITICAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Definition Lens</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DefinitionLens[] VALUES_ARRAY =
		new DefinitionLens[] {
			OSTROM,
			JOSHI_MOORE,
			BOVAIRD,
			MITLIN_POLITICAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Definition Lens</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DefinitionLens> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Definition Lens</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DefinitionLens get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DefinitionLens result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Definition Lens</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DefinitionLens getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DefinitionLens result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Definition Lens</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DefinitionLens get(int value) {
		switch (value) {
			case OSTROM_VALUE: return OSTROM;
			case JOSHI_MOORE_VALUE: return JOSHI_MOORE;
			case BOVAIRD_VALUE: return BOVAIRD;
			case MITLIN_POLITICAL_VALUE: return MITLIN_POLITICAL;
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
	private DefinitionLens(int value, String name, String literal) {
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
	
} //DefinitionLens
