/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getActorType()
 * @model
 * @generated
 */
public enum ActorType implements Enumerator {
	/**
	 * The '<em><b>NATIONAL GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_GOVERNMENT(0, "NATIONAL_GOVERNMENT", "national government"),

	/**
	 * The '<em><b>LOCAL GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_GOVERNMENT(1, "LOCAL_GOVERNMENT", "local government"),

	/**
	 * The '<em><b>PUBLIC AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_AGENCY(2, "PUBLIC_AGENCY", "public agency"),

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL(3, "PROFESSIONAL", "professional"),

	/**
	 * The '<em><b>POLITICIAN PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICIAN_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICIAN_PARTY(4, "POLITICIAN_PARTY", "politician/party"),

	/**
	 * The '<em><b>NGO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_VALUE
	 * @generated
	 * @ordered
	 */
	NGO(5, "NGO", "NGO"),

	/**
	 * The '<em><b>FEDERATION NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEDERATION_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	FEDERATION_NETWORK(6, "FEDERATION_NETWORK", "federation/network"),

	/**
	 * The '<em><b>COMMUNITY ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_ORGANISATION(7, "COMMUNITY_ORGANISATION", "community organisation"),

	/**
	 * The '<em><b>ORGANISING BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISING_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISING_BODY(8, "ORGANISING_BODY", "organising body"),

	/**
	 * The '<em><b>SERVICE USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_USER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_USER(9, "SERVICE_USER", "service user"),

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEER(10, "VOLUNTEER", "volunteer"),

	/**
	 * The '<em><b>COMMUNITY LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_LEADER(11, "COMMUNITY_LEADER", "community leader"),

	/**
	 * The '<em><b>FUNDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDER(12, "FUNDER", "funder"),

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_SECTOR(13, "PRIVATE_SECTOR", "private sector"),

	/**
	 * The '<em><b>BUSINESS ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_ASSOCIATION(14, "BUSINESS_ASSOCIATION", "business association"),

	/**
	 * The '<em><b>UNION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNION_VALUE
	 * @generated
	 * @ordered
	 */
	UNION(15, "UNION", "union"),

	/**
	 * The '<em><b>RESEARCHER MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHER_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCHER_MEDIA(16, "RESEARCHER_MEDIA", "researcher/media"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(17, "OTHER", "other");

	/**
	 * The '<em><b>NATIONAL GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_GOVERNMENT
	 * @model literal="national government"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_GOVERNMENT_VALUE = 0;

	/**
	 * The '<em><b>LOCAL GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_GOVERNMENT
	 * @model literal="local government"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_GOVERNMENT_VALUE = 1;

	/**
	 * The '<em><b>PUBLIC AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_AGENCY
	 * @model literal="public agency"
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_AGENCY_VALUE = 2;

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONAL
	 * @model literal="professional"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_VALUE = 3;

	/**
	 * The '<em><b>POLITICIAN PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICIAN_PARTY
	 * @model literal="politician/party"
	 * @generated
	 * @ordered
	 */
	public static final int POLITICIAN_PARTY_VALUE = 4;

	/**
	 * The '<em><b>NGO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NGO_VALUE = 5;

	/**
	 * The '<em><b>FEDERATION NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEDERATION_NETWORK
	 * @model literal="federation/network"
	 * @generated
	 * @ordered
	 */
	public static final int FEDERATION_NETWORK_VALUE = 6;

	/**
	 * The '<em><b>COMMUNITY ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_ORGANISATION
	 * @model literal="community organisation"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_ORGANISATION_VALUE = 7;

	/**
	 * The '<em><b>ORGANISING BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISING_BODY
	 * @model literal="organising body"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISING_BODY_VALUE = 8;

	/**
	 * The '<em><b>SERVICE USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_USER
	 * @model literal="service user"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_USER_VALUE = 9;

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER
	 * @model literal="volunteer"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEER_VALUE = 10;

	/**
	 * The '<em><b>COMMUNITY LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEADER
	 * @model literal="community leader"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_LEADER_VALUE = 11;

	/**
	 * The '<em><b>FUNDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER
	 * @model literal="funder"
	 * @generated
	 * @ordered
	 */
	public static final int FUNDER_VALUE = 12;

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR
	 * @model literal="private sector"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_SECTOR_VALUE = 13;

	/**
	 * The '<em><b>BUSINESS ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_ASSOCIATION
	 * @model literal="business association"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_ASSOCIATION_VALUE = 14;

	/**
	 * The '<em><b>UNION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNION
	 * @model literal="union"
	 * @generated
	 * @ordered
	 */
	public static final int UNION_VALUE = 15;

	/**
	 * The '<em><b>RESEARCHER MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHER_MEDIA
	 * @model literal="researcher/media"
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCHER_MEDIA_VALUE = 16;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 17;

	/**
	 * An array of all the '<em><b>Actor Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorType[] VALUES_ARRAY =
		new ActorType[] {
			NATIONAL_GOVERNMENT,
			LOCAL_GOVERNMENT,
			PUBLIC_AGENCY,
			PROFESSIONAL,
			POLITICIAN_PARTY,
			NGO,
			FEDERATION_NETWORK,
			COMMUNITY_ORGANISATION,
			ORGANISING_BODY,
			SERVICE_USER,
			VOLUNTEER,
			COMMUNITY_LEADER,
			FUNDER,
			PRIVATE_SECTOR,
			BUSINESS_ASSOCIATION,
			UNION,
			RESEARCHER_MEDIA,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActorType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorType get(int value) {
		switch (value) {
			case NATIONAL_GOVERNMENT_VALUE: return NATIONAL_GOVERNMENT;
			case LOCAL_GOVERNMENT_VALUE: return LOCAL_GOVERNMENT;
			case PUBLIC_AGENCY_VALUE: return PUBLIC_AGENCY;
			case PROFESSIONAL_VALUE: return PROFESSIONAL;
			case POLITICIAN_PARTY_VALUE: return POLITICIAN_PARTY;
			case NGO_VALUE: return NGO;
			case FEDERATION_NETWORK_VALUE: return FEDERATION_NETWORK;
			case COMMUNITY_ORGANISATION_VALUE: return COMMUNITY_ORGANISATION;
			case ORGANISING_BODY_VALUE: return ORGANISING_BODY;
			case SERVICE_USER_VALUE: return SERVICE_USER;
			case VOLUNTEER_VALUE: return VOLUNTEER;
			case COMMUNITY_LEADER_VALUE: return COMMUNITY_LEADER;
			case FUNDER_VALUE: return FUNDER;
			case PRIVATE_SECTOR_VALUE: return PRIVATE_SECTOR;
			case BUSINESS_ASSOCIATION_VALUE: return BUSINESS_ASSOCIATION;
			case UNION_VALUE: return UNION;
			case RESEARCHER_MEDIA_VALUE: return RESEARCHER_MEDIA;
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
	private ActorType(int value, String name, String literal) {
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
	
} //ActorType
