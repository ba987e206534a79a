/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Case Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getCaseType()
 * @model
 * @generated
 */
public enum CaseType implements Enumerator {
	/**
	 * The '<em><b>FULL CASE STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CASE_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_CASE_STUDY(0, "FULL_CASE_STUDY", "case study"),

	/**
	 * The '<em><b>EXAMPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXAMPLE_VALUE
	 * @generated
	 * @ordered
	 */
	EXAMPLE(1, "EXAMPLE", "example"),

	/**
	 * The '<em><b>ORGANISATION NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION_NETWORK(2, "ORGANISATION_NETWORK", "organisation/network"),

	/**
	 * The '<em><b>PROGRAMME POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME_POLICY(3, "PROGRAMME_POLICY", "programme/policy"),

	/**
	 * The '<em><b>CAMPAIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_VALUE
	 * @generated
	 * @ordered
	 */
	CAMPAIGN(4, "CAMPAIGN", "campaign"),

	/**
	 * The '<em><b>MENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTION_VALUE
	 * @generated
	 * @ordered
	 */
	MENTION(5, "MENTION", "mention"),

	/**
	 * The '<em><b>CONTEXT EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTEXT_EVIDENCE(6, "CONTEXT_EVIDENCE", "context evidence");

	/**
	 * The '<em><b>FULL CASE STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CASE_STUDY
	 * @model literal="case study"
	 * @generated
	 * @ordered
	 */
	public static final int FULL_CASE_STUDY_VALUE = 0;

	/**
	 * The '<em><b>EXAMPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXAMPLE
	 * @model literal="example"
	 * @generated
	 * @ordered
	 */
	public static final int EXAMPLE_VALUE = 1;

	/**
	 * The '<em><b>ORGANISATION NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_NETWORK
	 * @model literal="organisation/network"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_NETWORK_VALUE = 2;

	/**
	 * The '<em><b>PROGRAMME POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAMME_POLICY
	 * @model literal="programme/policy"
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_POLICY_VALUE = 3;

	/**
	 * The '<em><b>CAMPAIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN
	 * @model literal="campaign"
	 * @generated
	 * @ordered
	 */
	public static final int CAMPAIGN_VALUE = 4;

	/**
	 * The '<em><b>MENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTION
	 * @model literal="mention"
	 * @generated
	 * @ordered
	 */
	public static final int MENTION_VALUE = 5;

	/**
	 * The '<em><b>CONTEXT EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT_EVIDENCE
	 * @model literal="context evidence"
	 * @generated
	 * @ordered
	 */
	public static final int CONTEXT_EVIDENCE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Case Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseType[] VALUES_ARRAY =
		new CaseType[] {
			FULL_CASE_STUDY,
			EXAMPLE,
			ORGANISATION_NETWORK,
			PROGRAMME_POLICY,
			CAMPAIGN,
			MENTION,
			CONTEXT_EVIDENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseType get(int value) {
		switch (value) {
			case FULL_CASE_STUDY_VALUE: return FULL_CASE_STUDY;
			case EXAMPLE_VALUE: return EXAMPLE;
			case ORGANISATION_NETWORK_VALUE: return ORGANISATION_NETWORK;
			case PROGRAMME_POLICY_VALUE: return PROGRAMME_POLICY;
			case CAMPAIGN_VALUE: return CAMPAIGN;
			case MENTION_VALUE: return MENTION;
			case CONTEXT_EVIDENCE_VALUE: return CONTEXT_EVIDENCE;
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
	private CaseType(int value, String name, String literal) {
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
	
} //CaseType
