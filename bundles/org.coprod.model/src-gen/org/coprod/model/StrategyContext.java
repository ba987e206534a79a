/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Strategy Context</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getStrategyContext()
 * @model
 * @generated
 */
public enum StrategyContext implements Enumerator {
	/**
	 * The '<em><b>INDIVIDUAL MARKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUAL_MARKET_VALUE
	 * @generated
	 * @ordered
	 */
	INDIVIDUAL_MARKET(0, "INDIVIDUAL_MARKET", "individual/household market"),

	/**
	 * The '<em><b>COLLECTIVE SELF HELP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVE_SELF_HELP_VALUE
	 * @generated
	 * @ordered
	 */
	COLLECTIVE_SELF_HELP(1, "COLLECTIVE_SELF_HELP", "collective self-help"),

	/**
	 * The '<em><b>CLIENTELIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENTELIST_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENTELIST(2, "CLIENTELIST", "dependency/clientelist"),

	/**
	 * The '<em><b>EXCLUSION CRIMINALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSION_CRIMINALITY_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUSION_CRIMINALITY(3, "EXCLUSION_CRIMINALITY", "exclusion/criminality"),

	/**
	 * The '<em><b>SOCIAL MOVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MOVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MOVEMENT(4, "SOCIAL_MOVEMENT", "social movement");

	/**
	 * The '<em><b>INDIVIDUAL MARKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUAL_MARKET
	 * @model literal="individual/household market"
	 * @generated
	 * @ordered
	 */
	public static final int INDIVIDUAL_MARKET_VALUE = 0;

	/**
	 * The '<em><b>COLLECTIVE SELF HELP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVE_SELF_HELP
	 * @model literal="collective self-help"
	 * @generated
	 * @ordered
	 */
	public static final int COLLECTIVE_SELF_HELP_VALUE = 1;

	/**
	 * The '<em><b>CLIENTELIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENTELIST
	 * @model literal="dependency/clientelist"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENTELIST_VALUE = 2;

	/**
	 * The '<em><b>EXCLUSION CRIMINALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSION_CRIMINALITY
	 * @model literal="exclusion/criminality"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUSION_CRIMINALITY_VALUE = 3;

	/**
	 * The '<em><b>SOCIAL MOVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MOVEMENT
	 * @model literal="social movement"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MOVEMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Strategy Context</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StrategyContext[] VALUES_ARRAY =
		new StrategyContext[] {
			INDIVIDUAL_MARKET,
			COLLECTIVE_SELF_HELP,
			CLIENTELIST,
			EXCLUSION_CRIMINALITY,
			SOCIAL_MOVEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Strategy Context</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StrategyContext> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Strategy Context</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyContext get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyContext result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Context</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyContext getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyContext result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Context</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyContext get(int value) {
		switch (value) {
			case INDIVIDUAL_MARKET_VALUE: return INDIVIDUAL_MARKET;
			case COLLECTIVE_SELF_HELP_VALUE: return COLLECTIVE_SELF_HELP;
			case CLIENTELIST_VALUE: return CLIENTELIST;
			case EXCLUSION_CRIMINALITY_VALUE: return EXCLUSION_CRIMINALITY;
			case SOCIAL_MOVEMENT_VALUE: return SOCIAL_MOVEMENT;
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
	private StrategyContext(int value, String name, String literal) {
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
	
} //StrategyContext
