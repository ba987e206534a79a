/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Activity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getDataActivity()
 * @model
 * @generated
 */
public enum DataActivity implements Enumerator {
	/**
	 * The '<em><b>PROFILING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFILING_VALUE
	 * @generated
	 * @ordered
	 */
	PROFILING(0, "PROFILING", "profiling"),

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION_VALUE
	 * @generated
	 * @ordered
	 */
	ENUMERATION(1, "ENUMERATION", "enumeration"),

	/**
	 * The '<em><b>GIS MAPPING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIS_MAPPING_VALUE
	 * @generated
	 * @ordered
	 */
	GIS_MAPPING(2, "GIS_MAPPING", "GIS mapping"),

	/**
	 * The '<em><b>MAPPING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAPPING_VALUE
	 * @generated
	 * @ordered
	 */
	MAPPING(3, "MAPPING", "mapping");

	/**
	 * The '<em><b>PROFILING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFILING
	 * @model literal="profiling"
	 * @generated
	 * @ordered
	 */
	public static final int PROFILING_VALUE = 0;

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION
	 * @model literal="enumeration"
	 * @generated
	 * @ordered
	 */
	public static final int ENUMERATION_VALUE = 1;

	/**
	 * The '<em><b>GIS MAPPING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIS_MAPPING
	 * @model literal="GIS mapping"
	 * @generated
	 * @ordered
	 */
	public static final int GIS_MAPPING_VALUE = 2;

	/**
	 * The '<em><b>MAPPING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAPPING
	 * @model literal="mapping"
	 * @generated
	 * @ordered
	 */
	public static final int MAPPING_VALUE = 3;

	/**
	 * An array of all the '<em><b>Data Activity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataActivity[] VALUES_ARRAY =
		new DataActivity[] {
			PROFILING,
			ENUMERATION,
			GIS_MAPPING,
			MAPPING,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Activity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataActivity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Activity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataActivity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataActivity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Activity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataActivity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataActivity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Activity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataActivity get(int value) {
		switch (value) {
			case PROFILING_VALUE: return PROFILING;
			case ENUMERATION_VALUE: return ENUMERATION;
			case GIS_MAPPING_VALUE: return GIS_MAPPING;
			case MAPPING_VALUE: return MAPPING;
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
	private DataActivity(int value, String name, String literal) {
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
	
} //DataActivity
