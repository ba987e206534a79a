/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Co Producer Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getCoProducerType()
 * @model
 * @generated
 */
public enum CoProducerType implements Enumerator {
	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(0, "USER", "user"),

	/**
	 * The '<em><b>CARER FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARER_FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	CARER_FAMILY(1, "CARER_FAMILY", "carer family"),

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEER(2, "VOLUNTEER", "volunteer"),

	/**
	 * The '<em><b>COMMUNITY GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_GROUP(3, "COMMUNITY_GROUP", "community group"),

	/**
	 * The '<em><b>CITIZEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITIZEN_VALUE
	 * @generated
	 * @ordered
	 */
	CITIZEN(4, "CITIZEN", "citizen"),

	/**
	 * The '<em><b>SAVINGS GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	SAVINGS_GROUP(5, "SAVINGS_GROUP", "savings group"),

	/**
	 * The '<em><b>FEDERATION NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEDERATION_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	FEDERATION_NETWORK(6, "FEDERATION_NETWORK", "federation network"),

	/**
	 * The '<em><b>NGO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO_VALUE
	 * @generated
	 * @ordered
	 */
	NGO(7, "NGO", "ngo"),

	/**
	 * The '<em><b>ELITE GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELITE_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	ELITE_GROUP(8, "ELITE_GROUP", "elite group"),

	/**
	 * The '<em><b>BUSINESS ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_ASSOCIATION(9, "BUSINESS_ASSOCIATION", "business association"),

	/**
	 * The '<em><b>FAITH GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAITH_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	FAITH_GROUP(10, "FAITH_GROUP", "faith group");

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER
	 * @model literal="user"
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 0;

	/**
	 * The '<em><b>CARER FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARER_FAMILY
	 * @model literal="carer family"
	 * @generated
	 * @ordered
	 */
	public static final int CARER_FAMILY_VALUE = 1;

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER
	 * @model literal="volunteer"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEER_VALUE = 2;

	/**
	 * The '<em><b>COMMUNITY GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_GROUP
	 * @model literal="community group"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_GROUP_VALUE = 3;

	/**
	 * The '<em><b>CITIZEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITIZEN
	 * @model literal="citizen"
	 * @generated
	 * @ordered
	 */
	public static final int CITIZEN_VALUE = 4;

	/**
	 * The '<em><b>SAVINGS GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAVINGS_GROUP
	 * @model literal="savings group"
	 * @generated
	 * @ordered
	 */
	public static final int SAVINGS_GROUP_VALUE = 5;

	/**
	 * The '<em><b>FEDERATION NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEDERATION_NETWORK
	 * @model literal="federation network"
	 * @generated
	 * @ordered
	 */
	public static final int FEDERATION_NETWORK_VALUE = 6;

	/**
	 * The '<em><b>NGO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NGO
	 * @model literal="ngo"
	 * @generated
	 * @ordered
	 */
	public static final int NGO_VALUE = 7;

	/**
	 * The '<em><b>ELITE GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELITE_GROUP
	 * @model literal="elite group"
	 * @generated
	 * @ordered
	 */
	public static final int ELITE_GROUP_VALUE = 8;

	/**
	 * The '<em><b>BUSINESS ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_ASSOCIATION
	 * @model literal="business association"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_ASSOCIATION_VALUE = 9;

	/**
	 * The '<em><b>FAITH GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAITH_GROUP
	 * @model literal="faith group"
	 * @generated
	 * @ordered
	 */
	public static final int FAITH_GROUP_VALUE = 10;

	/**
	 * An array of all the '<em><b>Co Producer Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CoProducerType[] VALUES_ARRAY =
		new CoProducerType[] {
			USER,
			CARER_FAMILY,
			VOLUNTEER,
			COMMUNITY_GROUP,
			CITIZEN,
			SAVINGS_GROUP,
			FEDERATION_NETWORK,
			NGO,
			ELITE_GROUP,
			BUSINESS_ASSOCIATION,
			FAITH_GROUP,
		};

	/**
	 * A public read-only list of all the '<em><b>Co Producer Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CoProducerType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Co Producer Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoProducerType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoProducerType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Co Producer Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoProducerType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoProducerType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Co Producer Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoProducerType get(int value) {
		switch (value) {
			case USER_VALUE: return USER;
			case CARER_FAMILY_VALUE: return CARER_FAMILY;
			case VOLUNTEER_VALUE: return VOLUNTEER;
			case COMMUNITY_GROUP_VALUE: return COMMUNITY_GROUP;
			case CITIZEN_VALUE: return CITIZEN;
			case SAVINGS_GROUP_VALUE: return SAVINGS_GROUP;
			case FEDERATION_NETWORK_VALUE: return FEDERATION_NETWORK;
			case NGO_VALUE: return NGO;
			case ELITE_GROUP_VALUE: return ELITE_GROUP;
			case BUSINESS_ASSOCIATION_VALUE: return BUSINESS_ASSOCIATION;
			case FAITH_GROUP_VALUE: return FAITH_GROUP;
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
	private CoProducerType(int value, String name, String literal) {
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
	
} //CoProducerType
