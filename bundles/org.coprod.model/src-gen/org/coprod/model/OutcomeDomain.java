/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Outcome Domain</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getOutcomeDomain()
 * @model
 * @generated
 */
public enum OutcomeDomain implements Enumerator {
	/**
	 * The '<em><b>HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH(0, "HEALTH", "health"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(1, "EDUCATION", "education"),

	/**
	 * The '<em><b>LIVING COSTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIVING_COSTS_VALUE
	 * @generated
	 * @ordered
	 */
	LIVING_COSTS(2, "LIVING_COSTS", "living costs"),

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CARE(3, "SOCIAL_CARE", "social care"),

	/**
	 * The '<em><b>CRIME SAFETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRIME_SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	CRIME_SAFETY(4, "CRIME_SAFETY", "crime/safety"),

	/**
	 * The '<em><b>ACCESS TO SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_TO_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_TO_SERVICES(5, "ACCESS_TO_SERVICES", "access to services"),

	/**
	 * The '<em><b>TENURE LAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENURE_LAND_VALUE
	 * @generated
	 * @ordered
	 */
	TENURE_LAND(6, "TENURE_LAND", "tenure/land"),

	/**
	 * The '<em><b>FINANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(7, "FINANCE", "finance"),

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT(8, "EMPLOYMENT", "employment"),

	/**
	 * The '<em><b>PARTICIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPATION(9, "PARTICIPATION", "participation"),

	/**
	 * The '<em><b>POLITICAL INSTITUTIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_INSTITUTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_INSTITUTIONAL(10, "POLITICAL_INSTITUTIONAL", "political/institutional"),

	/**
	 * The '<em><b>EMPOWERMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPOWERMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPOWERMENT(11, "EMPOWERMENT", "empowerment"),

	/**
	 * The '<em><b>PARENTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTING(12, "PARENTING", "parenting"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(13, "OTHER", "other");

	/**
	 * The '<em><b>HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH
	 * @model literal="health"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_VALUE = 0;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model literal="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 1;

	/**
	 * The '<em><b>LIVING COSTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIVING_COSTS
	 * @model literal="living costs"
	 * @generated
	 * @ordered
	 */
	public static final int LIVING_COSTS_VALUE = 2;

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE
	 * @model literal="social care"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CARE_VALUE = 3;

	/**
	 * The '<em><b>CRIME SAFETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRIME_SAFETY
	 * @model literal="crime/safety"
	 * @generated
	 * @ordered
	 */
	public static final int CRIME_SAFETY_VALUE = 4;

	/**
	 * The '<em><b>ACCESS TO SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_TO_SERVICES
	 * @model literal="access to services"
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_TO_SERVICES_VALUE = 5;

	/**
	 * The '<em><b>TENURE LAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENURE_LAND
	 * @model literal="tenure/land"
	 * @generated
	 * @ordered
	 */
	public static final int TENURE_LAND_VALUE = 6;

	/**
	 * The '<em><b>FINANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE
	 * @model literal="finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 7;

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT
	 * @model literal="employment"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_VALUE = 8;

	/**
	 * The '<em><b>PARTICIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION
	 * @model literal="participation"
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPATION_VALUE = 9;

	/**
	 * The '<em><b>POLITICAL INSTITUTIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_INSTITUTIONAL
	 * @model literal="political/institutional"
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_INSTITUTIONAL_VALUE = 10;

	/**
	 * The '<em><b>EMPOWERMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPOWERMENT
	 * @model literal="empowerment"
	 * @generated
	 * @ordered
	 */
	public static final int EMPOWERMENT_VALUE = 11;

	/**
	 * The '<em><b>PARENTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING
	 * @model literal="parenting"
	 * @generated
	 * @ordered
	 */
	public static final int PARENTING_VALUE = 12;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 13;

	/**
	 * An array of all the '<em><b>Outcome Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OutcomeDomain[] VALUES_ARRAY =
		new OutcomeDomain[] {
			HEALTH,
			EDUCATION,
			LIVING_COSTS,
			SOCIAL_CARE,
			CRIME_SAFETY,
			ACCESS_TO_SERVICES,
			TENURE_LAND,
			FINANCE,
			EMPLOYMENT,
			PARTICIPATION,
			POLITICAL_INSTITUTIONAL,
			EMPOWERMENT,
			PARENTING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Outcome Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OutcomeDomain> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Outcome Domain</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutcomeDomain get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutcomeDomain result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outcome Domain</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutcomeDomain getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutcomeDomain result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outcome Domain</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutcomeDomain get(int value) {
		switch (value) {
			case HEALTH_VALUE: return HEALTH;
			case EDUCATION_VALUE: return EDUCATION;
			case LIVING_COSTS_VALUE: return LIVING_COSTS;
			case SOCIAL_CARE_VALUE: return SOCIAL_CARE;
			case CRIME_SAFETY_VALUE: return CRIME_SAFETY;
			case ACCESS_TO_SERVICES_VALUE: return ACCESS_TO_SERVICES;
			case TENURE_LAND_VALUE: return TENURE_LAND;
			case FINANCE_VALUE: return FINANCE;
			case EMPLOYMENT_VALUE: return EMPLOYMENT;
			case PARTICIPATION_VALUE: return PARTICIPATION;
			case POLITICAL_INSTITUTIONAL_VALUE: return POLITICAL_INSTITUTIONAL;
			case EMPOWERMENT_VALUE: return EMPOWERMENT;
			case PARENTING_VALUE: return PARENTING;
			case OTHER_VALUE: return OTHER;
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
	private OutcomeDomain(int value, String name, String literal) {
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
	
} //OutcomeDomain
