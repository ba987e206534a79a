/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evidence Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getEvidenceType()
 * @model
 * @generated
 */
public enum EvidenceType implements Enumerator {
	/**
	 * The '<em><b>FULL CASE STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CASE_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_CASE_STUDY(0, "FULL_CASE_STUDY", "full case study"),

	/**
	 * The '<em><b>VISIT AND DOCUMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT_AND_DOCUMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	VISIT_AND_DOCUMENTS(1, "VISIT_AND_DOCUMENTS", "visit and documents"),

	/**
	 * The '<em><b>DOCUMENTS AND CORRESPONDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTS_AND_CORRESPONDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENTS_AND_CORRESPONDENCE(2, "DOCUMENTS_AND_CORRESPONDENCE", "documents and correspondence"),

	/**
	 * The '<em><b>EVALUATION WITH COMPARISON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_WITH_COMPARISON_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION_WITH_COMPARISON(3, "EVALUATION_WITH_COMPARISON", "evaluation with comparison"),

	/**
	 * The '<em><b>OPINION POLL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPINION_POLL_VALUE
	 * @generated
	 * @ordered
	 */
	OPINION_POLL(4, "OPINION_POLL", "opinion poll"),

	/**
	 * The '<em><b>PARTICIPATION SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPATION_SURVEY(5, "PARTICIPATION_SURVEY", "participation survey"),

	/**
	 * The '<em><b>ADMINISTRATIVE STATISTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATIVE_STATISTICS_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE_STATISTICS(6, "ADMINISTRATIVE_STATISTICS", "administrative statistics"),

	/**
	 * The '<em><b>COMMUNITY GENERATED DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_GENERATED_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_GENERATED_DATA(7, "COMMUNITY_GENERATED_DATA", "community-generated data"),

	/**
	 * The '<em><b>POLITICAL ETHNOGRAPHY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_ETHNOGRAPHY_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_ETHNOGRAPHY(8, "POLITICAL_ETHNOGRAPHY", "political ethnography"),

	/**
	 * The '<em><b>HOUSEHOLD SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSEHOLD_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSEHOLD_SURVEY(9, "HOUSEHOLD_SURVEY", "household survey"),

	/**
	 * The '<em><b>PRACTITIONER TESTIMONY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_TESTIMONY_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTITIONER_TESTIMONY(10, "PRACTITIONER_TESTIMONY", "practitioner testimony"),

	/**
	 * The '<em><b>LITERATURE SYNTHESIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITERATURE_SYNTHESIS_VALUE
	 * @generated
	 * @ordered
	 */
	LITERATURE_SYNTHESIS(11, "LITERATURE_SYNTHESIS", "literature synthesis"),

	/**
	 * The '<em><b>PARTICIPANT STATEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANT_STATEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPANT_STATEMENT(12, "PARTICIPANT_STATEMENT", "participant statement"),

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
	 * The '<em><b>FULL CASE STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CASE_STUDY
	 * @model literal="full case study"
	 * @generated
	 * @ordered
	 */
	public static final int FULL_CASE_STUDY_VALUE = 0;

	/**
	 * The '<em><b>VISIT AND DOCUMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISIT_AND_DOCUMENTS
	 * @model literal="visit and documents"
	 * @generated
	 * @ordered
	 */
	public static final int VISIT_AND_DOCUMENTS_VALUE = 1;

	/**
	 * The '<em><b>DOCUMENTS AND CORRESPONDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTS_AND_CORRESPONDENCE
	 * @model literal="documents and correspondence"
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENTS_AND_CORRESPONDENCE_VALUE = 2;

	/**
	 * The '<em><b>EVALUATION WITH COMPARISON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_WITH_COMPARISON
	 * @model literal="evaluation with comparison"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_WITH_COMPARISON_VALUE = 3;

	/**
	 * The '<em><b>OPINION POLL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPINION_POLL
	 * @model literal="opinion poll"
	 * @generated
	 * @ordered
	 */
	public static final int OPINION_POLL_VALUE = 4;

	/**
	 * The '<em><b>PARTICIPATION SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION_SURVEY
	 * @model literal="participation survey"
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPATION_SURVEY_VALUE = 5;

	/**
	 * The '<em><b>ADMINISTRATIVE STATISTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATIVE_STATISTICS
	 * @model literal="administrative statistics"
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_STATISTICS_VALUE = 6;

	/**
	 * The '<em><b>COMMUNITY GENERATED DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_GENERATED_DATA
	 * @model literal="community-generated data"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_GENERATED_DATA_VALUE = 7;

	/**
	 * The '<em><b>POLITICAL ETHNOGRAPHY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_ETHNOGRAPHY
	 * @model literal="political ethnography"
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_ETHNOGRAPHY_VALUE = 8;

	/**
	 * The '<em><b>HOUSEHOLD SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSEHOLD_SURVEY
	 * @model literal="household survey"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSEHOLD_SURVEY_VALUE = 9;

	/**
	 * The '<em><b>PRACTITIONER TESTIMONY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTITIONER_TESTIMONY
	 * @model literal="practitioner testimony"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTITIONER_TESTIMONY_VALUE = 10;

	/**
	 * The '<em><b>LITERATURE SYNTHESIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITERATURE_SYNTHESIS
	 * @model literal="literature synthesis"
	 * @generated
	 * @ordered
	 */
	public static final int LITERATURE_SYNTHESIS_VALUE = 11;

	/**
	 * The '<em><b>PARTICIPANT STATEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANT_STATEMENT
	 * @model literal="participant statement"
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPANT_STATEMENT_VALUE = 12;

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
	 * An array of all the '<em><b>Evidence Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceType[] VALUES_ARRAY =
		new EvidenceType[] {
			FULL_CASE_STUDY,
			VISIT_AND_DOCUMENTS,
			DOCUMENTS_AND_CORRESPONDENCE,
			EVALUATION_WITH_COMPARISON,
			OPINION_POLL,
			PARTICIPATION_SURVEY,
			ADMINISTRATIVE_STATISTICS,
			COMMUNITY_GENERATED_DATA,
			POLITICAL_ETHNOGRAPHY,
			HOUSEHOLD_SURVEY,
			PRACTITIONER_TESTIMONY,
			LITERATURE_SYNTHESIS,
			PARTICIPANT_STATEMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceType get(int value) {
		switch (value) {
			case FULL_CASE_STUDY_VALUE: return FULL_CASE_STUDY;
			case VISIT_AND_DOCUMENTS_VALUE: return VISIT_AND_DOCUMENTS;
			case DOCUMENTS_AND_CORRESPONDENCE_VALUE: return DOCUMENTS_AND_CORRESPONDENCE;
			case EVALUATION_WITH_COMPARISON_VALUE: return EVALUATION_WITH_COMPARISON;
			case OPINION_POLL_VALUE: return OPINION_POLL;
			case PARTICIPATION_SURVEY_VALUE: return PARTICIPATION_SURVEY;
			case ADMINISTRATIVE_STATISTICS_VALUE: return ADMINISTRATIVE_STATISTICS;
			case COMMUNITY_GENERATED_DATA_VALUE: return COMMUNITY_GENERATED_DATA;
			case POLITICAL_ETHNOGRAPHY_VALUE: return POLITICAL_ETHNOGRAPHY;
			case HOUSEHOLD_SURVEY_VALUE: return HOUSEHOLD_SURVEY;
			case PRACTITIONER_TESTIMONY_VALUE: return PRACTITIONER_TESTIMONY;
			case LITERATURE_SYNTHESIS_VALUE: return LITERATURE_SYNTHESIS;
			case PARTICIPANT_STATEMENT_VALUE: return PARTICIPANT_STATEMENT;
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
	private EvidenceType(int value, String name, String literal) {
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
	
} //EvidenceType
