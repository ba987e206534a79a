/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sector</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getSector()
 * @model
 * @generated
 */
public enum Sector implements Enumerator {
	/**
	 * The '<em><b>HOUSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(0, "HOUSING", "housing"),

	/**
	 * The '<em><b>TENURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENURE_VALUE
	 * @generated
	 * @ordered
	 */
	TENURE(1, "TENURE", "tenure"),

	/**
	 * The '<em><b>SANITATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SANITATION_VALUE
	 * @generated
	 * @ordered
	 */
	SANITATION(2, "SANITATION", "sanitation"),

	/**
	 * The '<em><b>WATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_VALUE
	 * @generated
	 * @ordered
	 */
	WATER(3, "WATER", "water"),

	/**
	 * The '<em><b>HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH(4, "HEALTH", "health"),

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CARE(5, "SOCIAL_CARE", "social care"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(6, "EDUCATION", "education"),

	/**
	 * The '<em><b>CHILDCARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDCARE_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDCARE(7, "CHILDCARE", "childcare"),

	/**
	 * The '<em><b>FAMILY SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_SUPPORT(8, "FAMILY_SUPPORT", "family support"),

	/**
	 * The '<em><b>BUDGETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGETING_VALUE
	 * @generated
	 * @ordered
	 */
	BUDGETING(9, "BUDGETING", "budgeting"),

	/**
	 * The '<em><b>REGENERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGENERATION_VALUE
	 * @generated
	 * @ordered
	 */
	REGENERATION(10, "REGENERATION", "regeneration"),

	/**
	 * The '<em><b>POLICING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICING_VALUE
	 * @generated
	 * @ordered
	 */
	POLICING(11, "POLICING", "policing"),

	/**
	 * The '<em><b>COMMUNITY SAFETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_SAFETY(12, "COMMUNITY_SAFETY", "community safety"),

	/**
	 * The '<em><b>COMMUNITY ORGANISING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISING_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_ORGANISING(13, "COMMUNITY_ORGANISING", "community organising"),

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT(14, "EMPLOYMENT", "employment"),

	/**
	 * The '<em><b>FINANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(15, "FINANCE", "finance"),

	/**
	 * The '<em><b>SAVINGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS_VALUE
	 * @generated
	 * @ordered
	 */
	SAVINGS(16, "SAVINGS", "savings"),

	/**
	 * The '<em><b>TRANSPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSPORT_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSPORT(17, "TRANSPORT", "transport"),

	/**
	 * The '<em><b>WASTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE_VALUE
	 * @generated
	 * @ordered
	 */
	WASTE(18, "WASTE", "waste"),

	/**
	 * The '<em><b>ENVIRONMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENVIRONMENT(19, "ENVIRONMENT", "environment"),

	/**
	 * The '<em><b>ENERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(20, "ENERGY", "energy"),

	/**
	 * The '<em><b>RETAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETAIL_VALUE
	 * @generated
	 * @ordered
	 */
	RETAIL(21, "RETAIL", "retail"),

	/**
	 * The '<em><b>COMMISSIONING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONING_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSIONING(22, "COMMISSIONING", "commissioning"),

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE(23, "GOVERNANCE", "governance"),

	/**
	 * The '<em><b>PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNING(24, "PLANNING", "planning"),

	/**
	 * The '<em><b>PLANNING DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNING_DATA(25, "PLANNING_DATA", "planning data"),

	/**
	 * The '<em><b>JUSTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUSTICE_VALUE
	 * @generated
	 * @ordered
	 */
	JUSTICE(26, "JUSTICE", "justice"),

	/**
	 * The '<em><b>CULTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE_VALUE
	 * @generated
	 * @ordered
	 */
	CULTURE(27, "CULTURE", "culture"),

	/**
	 * The '<em><b>LEISURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISURE_VALUE
	 * @generated
	 * @ordered
	 */
	LEISURE(28, "LEISURE", "leisure"),

	/**
	 * The '<em><b>TAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_VALUE
	 * @generated
	 * @ordered
	 */
	TAX(29, "TAX", "tax"),

	/**
	 * The '<em><b>URBAN SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN_SERVICES(30, "URBAN_SERVICES", "urban services"),

	/**
	 * The '<em><b>UPGRADING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPGRADING_VALUE
	 * @generated
	 * @ordered
	 */
	UPGRADING(31, "UPGRADING", "upgrading"),

	/**
	 * The '<em><b>RESETTLEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESETTLEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	RESETTLEMENT(32, "RESETTLEMENT", "resettlement"),

	/**
	 * The '<em><b>WELFARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELFARE_VALUE
	 * @generated
	 * @ordered
	 */
	WELFARE(33, "WELFARE", "welfare"),

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY_VALUE
	 * @generated
	 * @ordered
	 */
	ADVOCACY(34, "ADVOCACY", "advocacy"),

	/**
	 * The '<em><b>NETWORKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORKING(35, "NETWORKING", "networking"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(36, "OTHER", "other");

	/**
	 * The '<em><b>HOUSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING
	 * @model literal="housing"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 0;

	/**
	 * The '<em><b>TENURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENURE
	 * @model literal="tenure"
	 * @generated
	 * @ordered
	 */
	public static final int TENURE_VALUE = 1;

	/**
	 * The '<em><b>SANITATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SANITATION
	 * @model literal="sanitation"
	 * @generated
	 * @ordered
	 */
	public static final int SANITATION_VALUE = 2;

	/**
	 * The '<em><b>WATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER
	 * @model literal="water"
	 * @generated
	 * @ordered
	 */
	public static final int WATER_VALUE = 3;

	/**
	 * The '<em><b>HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH
	 * @model literal="health"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_VALUE = 4;

	/**
	 * The '<em><b>SOCIAL CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CARE
	 * @model literal="social care"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CARE_VALUE = 5;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model literal="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 6;

	/**
	 * The '<em><b>CHILDCARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDCARE
	 * @model literal="childcare"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDCARE_VALUE = 7;

	/**
	 * The '<em><b>FAMILY SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_SUPPORT
	 * @model literal="family support"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_SUPPORT_VALUE = 8;

	/**
	 * The '<em><b>BUDGETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGETING
	 * @model literal="budgeting"
	 * @generated
	 * @ordered
	 */
	public static final int BUDGETING_VALUE = 9;

	/**
	 * The '<em><b>REGENERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGENERATION
	 * @model literal="regeneration"
	 * @generated
	 * @ordered
	 */
	public static final int REGENERATION_VALUE = 10;

	/**
	 * The '<em><b>POLICING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICING
	 * @model literal="policing"
	 * @generated
	 * @ordered
	 */
	public static final int POLICING_VALUE = 11;

	/**
	 * The '<em><b>COMMUNITY SAFETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_SAFETY
	 * @model literal="community safety"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_SAFETY_VALUE = 12;

	/**
	 * The '<em><b>COMMUNITY ORGANISING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISING
	 * @model literal="community organising"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_ORGANISING_VALUE = 13;

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT
	 * @model literal="employment"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_VALUE = 14;

	/**
	 * The '<em><b>FINANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE
	 * @model literal="finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 15;

	/**
	 * The '<em><b>SAVINGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS
	 * @model literal="savings"
	 * @generated
	 * @ordered
	 */
	public static final int SAVINGS_VALUE = 16;

	/**
	 * The '<em><b>TRANSPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSPORT
	 * @model literal="transport"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSPORT_VALUE = 17;

	/**
	 * The '<em><b>WASTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE
	 * @model literal="waste"
	 * @generated
	 * @ordered
	 */
	public static final int WASTE_VALUE = 18;

	/**
	 * The '<em><b>ENVIRONMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT
	 * @model literal="environment"
	 * @generated
	 * @ordered
	 */
	public static final int ENVIRONMENT_VALUE = 19;

	/**
	 * The '<em><b>ENERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY
	 * @model literal="energy"
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 20;

	/**
	 * The '<em><b>RETAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETAIL
	 * @model literal="retail"
	 * @generated
	 * @ordered
	 */
	public static final int RETAIL_VALUE = 21;

	/**
	 * The '<em><b>COMMISSIONING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONING
	 * @model literal="commissioning"
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSIONING_VALUE = 22;

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE
	 * @model literal="governance"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_VALUE = 23;

	/**
	 * The '<em><b>PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING
	 * @model literal="planning"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNING_VALUE = 24;

	/**
	 * The '<em><b>PLANNING DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNING_DATA
	 * @model literal="planning data"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNING_DATA_VALUE = 25;

	/**
	 * The '<em><b>JUSTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUSTICE
	 * @model literal="justice"
	 * @generated
	 * @ordered
	 */
	public static final int JUSTICE_VALUE = 26;

	/**
	 * The '<em><b>CULTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURE
	 * @model literal="culture"
	 * @generated
	 * @ordered
	 */
	public static final int CULTURE_VALUE = 27;

	/**
	 * The '<em><b>LEISURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISURE
	 * @model literal="leisure"
	 * @generated
	 * @ordered
	 */
	public static final int LEISURE_VALUE = 28;

	/**
	 * The '<em><b>TAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX
	 * @model literal="tax"
	 * @generated
	 * @ordered
	 */
	public static final int TAX_VALUE = 29;

	/**
	 * The '<em><b>URBAN SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_SERVICES
	 * @model literal="urban services"
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_SERVICES_VALUE = 30;

	/**
	 * The '<em><b>UPGRADING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPGRADING
	 * @model literal="upgrading"
	 * @generated
	 * @ordered
	 */
	public static final int UPGRADING_VALUE = 31;

	/**
	 * The '<em><b>RESETTLEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESETTLEMENT
	 * @model literal="resettlement"
	 * @generated
	 * @ordered
	 */
	public static final int RESETTLEMENT_VALUE = 32;

	/**
	 * The '<em><b>WELFARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELFARE
	 * @model literal="welfare"
	 * @generated
	 * @ordered
	 */
	public static final int WELFARE_VALUE = 33;

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY
	 * @model literal="advocacy"
	 * @generated
	 * @ordered
	 */
	public static final int ADVOCACY_VALUE = 34;

	/**
	 * The '<em><b>NETWORKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORKING
	 * @model literal="networking"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORKING_VALUE = 35;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 36;

	/**
	 * An array of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Sector[] VALUES_ARRAY =
		new Sector[] {
			HOUSING,
			TENURE,
			SANITATION,
			WATER,
			HEALTH,
			SOCIAL_CARE,
			EDUCATION,
			CHILDCARE,
			FAMILY_SUPPORT,
			BUDGETING,
			REGENERATION,
			POLICING,
			COMMUNITY_SAFETY,
			COMMUNITY_ORGANISING,
			EMPLOYMENT,
			FINANCE,
			SAVINGS,
			TRANSPORT,
			WASTE,
			ENVIRONMENT,
			ENERGY,
			RETAIL,
			COMMISSIONING,
			GOVERNANCE,
			PLANNING,
			PLANNING_DATA,
			JUSTICE,
			CULTURE,
			LEISURE,
			TAX,
			URBAN_SERVICES,
			UPGRADING,
			RESETTLEMENT,
			WELFARE,
			ADVOCACY,
			NETWORKING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Sector> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(int value) {
		switch (value) {
			case HOUSING_VALUE: return HOUSING;
			case TENURE_VALUE: return TENURE;
			case SANITATION_VALUE: return SANITATION;
			case WATER_VALUE: return WATER;
			case HEALTH_VALUE: return HEALTH;
			case SOCIAL_CARE_VALUE: return SOCIAL_CARE;
			case EDUCATION_VALUE: return EDUCATION;
			case CHILDCARE_VALUE: return CHILDCARE;
			case FAMILY_SUPPORT_VALUE: return FAMILY_SUPPORT;
			case BUDGETING_VALUE: return BUDGETING;
			case REGENERATION_VALUE: return REGENERATION;
			case POLICING_VALUE: return POLICING;
			case COMMUNITY_SAFETY_VALUE: return COMMUNITY_SAFETY;
			case COMMUNITY_ORGANISING_VALUE: return COMMUNITY_ORGANISING;
			case EMPLOYMENT_VALUE: return EMPLOYMENT;
			case FINANCE_VALUE: return FINANCE;
			case SAVINGS_VALUE: return SAVINGS;
			case TRANSPORT_VALUE: return TRANSPORT;
			case WASTE_VALUE: return WASTE;
			case ENVIRONMENT_VALUE: return ENVIRONMENT;
			case ENERGY_VALUE: return ENERGY;
			case RETAIL_VALUE: return RETAIL;
			case COMMISSIONING_VALUE: return COMMISSIONING;
			case GOVERNANCE_VALUE: return GOVERNANCE;
			case PLANNING_VALUE: return PLANNING;
			case PLANNING_DATA_VALUE: return PLANNING_DATA;
			case JUSTICE_VALUE: return JUSTICE;
			case CULTURE_VALUE: return CULTURE;
			case LEISURE_VALUE: return LEISURE;
			case TAX_VALUE: return TAX;
			case URBAN_SERVICES_VALUE: return URBAN_SERVICES;
			case UPGRADING_VALUE: return UPGRADING;
			case RESETTLEMENT_VALUE: return RESETTLEMENT;
			case WELFARE_VALUE: return WELFARE;
			case ADVOCACY_VALUE: return ADVOCACY;
			case NETWORKING_VALUE: return NETWORKING;
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
	private Sector(int value, String name, String literal) {
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
	
} //Sector
