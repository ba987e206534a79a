/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Contribution Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getContributionKind()
 * @model
 * @generated
 */
public enum ContributionKind implements Enumerator {
	/**
	 * The '<em><b>MONEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY_VALUE
	 * @generated
	 * @ordered
	 */
	MONEY(0, "MONEY", "money"),

	/**
	 * The '<em><b>SAVINGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS_VALUE
	 * @generated
	 * @ordered
	 */
	SAVINGS(1, "SAVINGS", "savings"),

	/**
	 * The '<em><b>LOAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAN_VALUE
	 * @generated
	 * @ordered
	 */
	LOAN(2, "LOAN", "loan"),

	/**
	 * The '<em><b>GRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT_VALUE
	 * @generated
	 * @ordered
	 */
	GRANT(3, "GRANT", "grant"),

	/**
	 * The '<em><b>LAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_VALUE
	 * @generated
	 * @ordered
	 */
	LAND(4, "LAND", "land"),

	/**
	 * The '<em><b>LABOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR_VALUE
	 * @generated
	 * @ordered
	 */
	LABOUR(5, "LABOUR", "labour"),

	/**
	 * The '<em><b>EXPERTISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERTISE_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERTISE(6, "EXPERTISE", "expertise"),

	/**
	 * The '<em><b>DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_VALUE
	 * @generated
	 * @ordered
	 */
	DATA(7, "DATA", "data"),

	/**
	 * The '<em><b>IN KIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_KIND_VALUE
	 * @generated
	 * @ordered
	 */
	IN_KIND(8, "IN_KIND", "in-kind"),

	/**
	 * The '<em><b>REGULATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATORY(9, "REGULATORY", "regulatory");

	/**
	 * The '<em><b>MONEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY
	 * @model literal="money"
	 * @generated
	 * @ordered
	 */
	public static final int MONEY_VALUE = 0;

	/**
	 * The '<em><b>SAVINGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS
	 * @model literal="savings"
	 * @generated
	 * @ordered
	 */
	public static final int SAVINGS_VALUE = 1;

	/**
	 * The '<em><b>LOAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAN
	 * @model literal="loan"
	 * @generated
	 * @ordered
	 */
	public static final int LOAN_VALUE = 2;

	/**
	 * The '<em><b>GRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT
	 * @model literal="grant"
	 * @generated
	 * @ordered
	 */
	public static final int GRANT_VALUE = 3;

	/**
	 * The '<em><b>LAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND
	 * @model literal="land"
	 * @generated
	 * @ordered
	 */
	public static final int LAND_VALUE = 4;

	/**
	 * The '<em><b>LABOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABOUR
	 * @model literal="labour"
	 * @generated
	 * @ordered
	 */
	public static final int LABOUR_VALUE = 5;

	/**
	 * The '<em><b>EXPERTISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERTISE
	 * @model literal="expertise"
	 * @generated
	 * @ordered
	 */
	public static final int EXPERTISE_VALUE = 6;

	/**
	 * The '<em><b>DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA
	 * @model literal="data"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_VALUE = 7;

	/**
	 * The '<em><b>IN KIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_KIND
	 * @model literal="in-kind"
	 * @generated
	 * @ordered
	 */
	public static final int IN_KIND_VALUE = 8;

	/**
	 * The '<em><b>REGULATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY
	 * @model literal="regulatory"
	 * @generated
	 * @ordered
	 */
	public static final int REGULATORY_VALUE = 9;

	/**
	 * An array of all the '<em><b>Contribution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContributionKind[] VALUES_ARRAY =
		new ContributionKind[] {
			MONEY,
			SAVINGS,
			LOAN,
			GRANT,
			LAND,
			LABOUR,
			EXPERTISE,
			DATA,
			IN_KIND,
			REGULATORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Contribution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContributionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Contribution Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContributionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContributionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contribution Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContributionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContributionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contribution Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContributionKind get(int value) {
		switch (value) {
			case MONEY_VALUE: return MONEY;
			case SAVINGS_VALUE: return SAVINGS;
			case LOAN_VALUE: return LOAN;
			case GRANT_VALUE: return GRANT;
			case LAND_VALUE: return LAND;
			case LABOUR_VALUE: return LABOUR;
			case EXPERTISE_VALUE: return EXPERTISE;
			case DATA_VALUE: return DATA;
			case IN_KIND_VALUE: return IN_KIND;
			case REGULATORY_VALUE: return REGULATORY;
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
	private ContributionKind(int value, String name, String literal) {
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
	
} //ContributionKind
