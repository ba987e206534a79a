/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Value Chain Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getValueChainStage()
 * @model
 * @generated
 */
public enum ValueChainStage implements Enumerator {
	/**
	 * The '<em><b>PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNING(0, "PLANNING", "planning"),

	/**
	 * The '<em><b>COMMISSIONING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONING_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSIONING(1, "COMMISSIONING", "commissioning"),

	/**
	 * The '<em><b>DESIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGN(2, "DESIGN", "design"),

	/**
	 * The '<em><b>MANAGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGING_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGING(3, "MANAGING", "managing"),

	/**
	 * The '<em><b>DELIVERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERING_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERING(4, "DELIVERING", "delivering"),

	/**
	 * The '<em><b>MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORING(5, "MONITORING", "monitoring"),

	/**
	 * The '<em><b>EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION(6, "EVALUATION", "evaluation");

	/**
	 * The '<em><b>PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING
	 * @model literal="planning"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNING_VALUE = 0;

	/**
	 * The '<em><b>COMMISSIONING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONING
	 * @model literal="commissioning"
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSIONING_VALUE = 1;

	/**
	 * The '<em><b>DESIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN
	 * @model literal="design"
	 * @generated
	 * @ordered
	 */
	public static final int DESIGN_VALUE = 2;

	/**
	 * The '<em><b>MANAGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGING
	 * @model literal="managing"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGING_VALUE = 3;

	/**
	 * The '<em><b>DELIVERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERING
	 * @model literal="delivering"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERING_VALUE = 4;

	/**
	 * The '<em><b>MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING
	 * @model literal="monitoring"
	 * @generated
	 * @ordered
	 */
	public static final int MONITORING_VALUE = 5;

	/**
	 * The '<em><b>EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION
	 * @model literal="evaluation"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_VALUE = 6;

	/**
	 * An array of all the '<em><b>Value Chain Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ValueChainStage[] VALUES_ARRAY =
		new ValueChainStage[] {
			PLANNING,
			COMMISSIONING,
			DESIGN,
			MANAGING,
			DELIVERING,
			MONITORING,
			EVALUATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Value Chain Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ValueChainStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Value Chain Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueChainStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Chain Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueChainStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Chain Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainStage get(int value) {
		switch (value) {
			case PLANNING_VALUE: return PLANNING;
			case COMMISSIONING_VALUE: return COMMISSIONING;
			case DESIGN_VALUE: return DESIGN;
			case MANAGING_VALUE: return MANAGING;
			case DELIVERING_VALUE: return DELIVERING;
			case MONITORING_VALUE: return MONITORING;
			case EVALUATION_VALUE: return EVALUATION;
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
	private ValueChainStage(int value, String name, String literal) {
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
	
} //ValueChainStage
