/**
 */
package org.coprod.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodPackage#getRoleKind()
 * @model
 * @generated
 */
public enum RoleKind implements Enumerator {
	/**
	 * The '<em><b>PLANNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNER_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNER(0, "PLANNER", "planner"),

	/**
	 * The '<em><b>CO PLANNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_PLANNER_VALUE
	 * @generated
	 * @ordered
	 */
	CO_PLANNER(1, "CO_PLANNER", "co-planner"),

	/**
	 * The '<em><b>DESIGNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNER_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNER(2, "DESIGNER", "designer"),

	/**
	 * The '<em><b>CO DESIGNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_DESIGNER_VALUE
	 * @generated
	 * @ordered
	 */
	CO_DESIGNER(3, "CO_DESIGNER", "co-designer"),

	/**
	 * The '<em><b>COMMISSIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSIONER(4, "COMMISSIONER", "commissioner"),

	/**
	 * The '<em><b>CO COMMISSIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_COMMISSIONER_VALUE
	 * @generated
	 * @ordered
	 */
	CO_COMMISSIONER(5, "CO_COMMISSIONER", "co-commissioner"),

	/**
	 * The '<em><b>MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGER(6, "MANAGER", "manager"),

	/**
	 * The '<em><b>DELIVERER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERER_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERER(7, "DELIVERER", "deliverer"),

	/**
	 * The '<em><b>CO DELIVERER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_DELIVERER_VALUE
	 * @generated
	 * @ordered
	 */
	CO_DELIVERER(8, "CO_DELIVERER", "co-deliverer"),

	/**
	 * The '<em><b>MONITOR REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITOR_REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	MONITOR_REGULATOR(9, "MONITOR_REGULATOR", "monitor/regulator"),

	/**
	 * The '<em><b>EVALUATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATOR_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATOR(10, "EVALUATOR", "evaluator"),

	/**
	 * The '<em><b>FUNDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDER(11, "FUNDER", "funder"),

	/**
	 * The '<em><b>CO FINANCIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_FINANCIER_VALUE
	 * @generated
	 * @ordered
	 */
	CO_FINANCIER(12, "CO_FINANCIER", "co-financier"),

	/**
	 * The '<em><b>LAND PROVIDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_PROVIDER_VALUE
	 * @generated
	 * @ordered
	 */
	LAND_PROVIDER(13, "LAND_PROVIDER", "land provider"),

	/**
	 * The '<em><b>TECHNICAL ADVISER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_ADVISER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_ADVISER(14, "TECHNICAL_ADVISER", "technical adviser"),

	/**
	 * The '<em><b>MEDIATOR BROKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIATOR_BROKER_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIATOR_BROKER(15, "MEDIATOR_BROKER", "mediator/broker"),

	/**
	 * The '<em><b>CATALYST INITIATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CATALYST_INITIATOR_VALUE
	 * @generated
	 * @ordered
	 */
	CATALYST_INITIATOR(16, "CATALYST_INITIATOR", "catalyst/initiator"),

	/**
	 * The '<em><b>NEGOTIATOR ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEGOTIATOR_ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	NEGOTIATOR_ADVOCATE(17, "NEGOTIATOR_ADVOCATE", "negotiator/advocate"),

	/**
	 * The '<em><b>DATA PRODUCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_PRODUCER_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_PRODUCER(18, "DATA_PRODUCER", "data producer"),

	/**
	 * The '<em><b>PATRON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATRON_VALUE
	 * @generated
	 * @ordered
	 */
	PATRON(19, "PATRON", "patron"),

	/**
	 * The '<em><b>GATEKEEPER BLOCKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATEKEEPER_BLOCKER_VALUE
	 * @generated
	 * @ordered
	 */
	GATEKEEPER_BLOCKER(20, "GATEKEEPER_BLOCKER", "gatekeeper/blocker"),

	/**
	 * The '<em><b>ALLY ENDORSER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLY_ENDORSER_VALUE
	 * @generated
	 * @ordered
	 */
	ALLY_ENDORSER(21, "ALLY_ENDORSER", "ally/endorser"),

	/**
	 * The '<em><b>BENEFICIARY USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARY_USER_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICIARY_USER(22, "BENEFICIARY_USER", "beneficiary/user"),

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPANT(23, "PARTICIPANT", "participant"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(24, "OTHER", "other");

	/**
	 * The '<em><b>PLANNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNER
	 * @model literal="planner"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNER_VALUE = 0;

	/**
	 * The '<em><b>CO PLANNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_PLANNER
	 * @model literal="co-planner"
	 * @generated
	 * @ordered
	 */
	public static final int CO_PLANNER_VALUE = 1;

	/**
	 * The '<em><b>DESIGNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNER
	 * @model literal="designer"
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNER_VALUE = 2;

	/**
	 * The '<em><b>CO DESIGNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_DESIGNER
	 * @model literal="co-designer"
	 * @generated
	 * @ordered
	 */
	public static final int CO_DESIGNER_VALUE = 3;

	/**
	 * The '<em><b>COMMISSIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSIONER
	 * @model literal="commissioner"
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSIONER_VALUE = 4;

	/**
	 * The '<em><b>CO COMMISSIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_COMMISSIONER
	 * @model literal="co-commissioner"
	 * @generated
	 * @ordered
	 */
	public static final int CO_COMMISSIONER_VALUE = 5;

	/**
	 * The '<em><b>MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGER
	 * @model literal="manager"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGER_VALUE = 6;

	/**
	 * The '<em><b>DELIVERER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERER
	 * @model literal="deliverer"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERER_VALUE = 7;

	/**
	 * The '<em><b>CO DELIVERER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_DELIVERER
	 * @model literal="co-deliverer"
	 * @generated
	 * @ordered
	 */
	public static final int CO_DELIVERER_VALUE = 8;

	/**
	 * The '<em><b>MONITOR REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITOR_REGULATOR
	 * @model literal="monitor/regulator"
	 * @generated
	 * @ordered
	 */
	public static final int MONITOR_REGULATOR_VALUE = 9;

	/**
	 * The '<em><b>EVALUATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATOR
	 * @model literal="evaluator"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATOR_VALUE = 10;

	/**
	 * The '<em><b>FUNDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER
	 * @model literal="funder"
	 * @generated
	 * @ordered
	 */
	public static final int FUNDER_VALUE = 11;

	/**
	 * The '<em><b>CO FINANCIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO_FINANCIER
	 * @model literal="co-financier"
	 * @generated
	 * @ordered
	 */
	public static final int CO_FINANCIER_VALUE = 12;

	/**
	 * The '<em><b>LAND PROVIDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_PROVIDER
	 * @model literal="land provider"
	 * @generated
	 * @ordered
	 */
	public static final int LAND_PROVIDER_VALUE = 13;

	/**
	 * The '<em><b>TECHNICAL ADVISER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_ADVISER
	 * @model literal="technical adviser"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_ADVISER_VALUE = 14;

	/**
	 * The '<em><b>MEDIATOR BROKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIATOR_BROKER
	 * @model literal="mediator/broker"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIATOR_BROKER_VALUE = 15;

	/**
	 * The '<em><b>CATALYST INITIATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CATALYST_INITIATOR
	 * @model literal="catalyst/initiator"
	 * @generated
	 * @ordered
	 */
	public static final int CATALYST_INITIATOR_VALUE = 16;

	/**
	 * The '<em><b>NEGOTIATOR ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEGOTIATOR_ADVOCATE
	 * @model literal="negotiator/advocate"
	 * @generated
	 * @ordered
	 */
	public static final int NEGOTIATOR_ADVOCATE_VALUE = 17;

	/**
	 * The '<em><b>DATA PRODUCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_PRODUCER
	 * @model literal="data producer"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_PRODUCER_VALUE = 18;

	/**
	 * The '<em><b>PATRON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATRON
	 * @model literal="patron"
	 * @generated
	 * @ordered
	 */
	public static final int PATRON_VALUE = 19;

	/**
	 * The '<em><b>GATEKEEPER BLOCKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATEKEEPER_BLOCKER
	 * @model literal="gatekeeper/blocker"
	 * @generated
	 * @ordered
	 */
	public static final int GATEKEEPER_BLOCKER_VALUE = 20;

	/**
	 * The '<em><b>ALLY ENDORSER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLY_ENDORSER
	 * @model literal="ally/endorser"
	 * @generated
	 * @ordered
	 */
	public static final int ALLY_ENDORSER_VALUE = 21;

	/**
	 * The '<em><b>BENEFICIARY USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARY_USER
	 * @model literal="beneficiary/user"
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICIARY_USER_VALUE = 22;

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANT
	 * @model literal="participant"
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPANT_VALUE = 23;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 24;

	/**
	 * An array of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleKind[] VALUES_ARRAY =
		new RoleKind[] {
			PLANNER,
			CO_PLANNER,
			DESIGNER,
			CO_DESIGNER,
			COMMISSIONER,
			CO_COMMISSIONER,
			MANAGER,
			DELIVERER,
			CO_DELIVERER,
			MONITOR_REGULATOR,
			EVALUATOR,
			FUNDER,
			CO_FINANCIER,
			LAND_PROVIDER,
			TECHNICAL_ADVISER,
			MEDIATOR_BROKER,
			CATALYST_INITIATOR,
			NEGOTIATOR_ADVOCATE,
			DATA_PRODUCER,
			PATRON,
			GATEKEEPER_BLOCKER,
			ALLY_ENDORSER,
			BENEFICIARY_USER,
			PARTICIPANT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(int value) {
		switch (value) {
			case PLANNER_VALUE: return PLANNER;
			case CO_PLANNER_VALUE: return CO_PLANNER;
			case DESIGNER_VALUE: return DESIGNER;
			case CO_DESIGNER_VALUE: return CO_DESIGNER;
			case COMMISSIONER_VALUE: return COMMISSIONER;
			case CO_COMMISSIONER_VALUE: return CO_COMMISSIONER;
			case MANAGER_VALUE: return MANAGER;
			case DELIVERER_VALUE: return DELIVERER;
			case CO_DELIVERER_VALUE: return CO_DELIVERER;
			case MONITOR_REGULATOR_VALUE: return MONITOR_REGULATOR;
			case EVALUATOR_VALUE: return EVALUATOR;
			case FUNDER_VALUE: return FUNDER;
			case CO_FINANCIER_VALUE: return CO_FINANCIER;
			case LAND_PROVIDER_VALUE: return LAND_PROVIDER;
			case TECHNICAL_ADVISER_VALUE: return TECHNICAL_ADVISER;
			case MEDIATOR_BROKER_VALUE: return MEDIATOR_BROKER;
			case CATALYST_INITIATOR_VALUE: return CATALYST_INITIATOR;
			case NEGOTIATOR_ADVOCATE_VALUE: return NEGOTIATOR_ADVOCATE;
			case DATA_PRODUCER_VALUE: return DATA_PRODUCER;
			case PATRON_VALUE: return PATRON;
			case GATEKEEPER_BLOCKER_VALUE: return GATEKEEPER_BLOCKER;
			case ALLY_ENDORSER_VALUE: return ALLY_ENDORSER;
			case BENEFICIARY_USER_VALUE: return BENEFICIARY_USER;
			case PARTICIPANT_VALUE: return PARTICIPANT;
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
	private RoleKind(int value, String name, String literal) {
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
	
} //RoleKind
