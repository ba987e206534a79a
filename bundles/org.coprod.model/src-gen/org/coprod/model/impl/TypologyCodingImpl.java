/**
 */
package org.coprod.model.impl;

import org.coprod.model.AssignedBy;
import org.coprod.model.Confidence;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Phase;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Typology Coding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getCell <em>Cell</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getAssignedBy <em>Assigned By</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCodingImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypologyCodingImpl extends CodedRecordImpl implements TypologyCoding {
	/**
	 * The cached value of the '{@link #getCell() <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCell()
	 * @generated
	 * @ordered
	 */
	protected TypologyCell cell;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase;

	/**
	 * The default value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPONENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected String component = COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssignedBy() <em>Assigned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedBy()
	 * @generated
	 * @ordered
	 */
	protected static final AssignedBy ASSIGNED_BY_EDEFAULT = AssignedBy.CODER;

	/**
	 * The cached value of the '{@link #getAssignedBy() <em>Assigned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedBy()
	 * @generated
	 * @ordered
	 */
	protected AssignedBy assignedBy = ASSIGNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final Confidence CONFIDENCE_EDEFAULT = Confidence.HIGH;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected Confidence confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SourceRef source;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypologyCodingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.TYPOLOGY_CODING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypologyCell getCell() {
		if (cell != null && cell.eIsProxy()) {
			InternalEObject oldCell = (InternalEObject)cell;
			cell = (TypologyCell)eResolveProxy(oldCell);
			if (cell != oldCell) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.TYPOLOGY_CODING__CELL, oldCell, cell));
			}
		}
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TypologyCell basicGetCell() {
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCell(TypologyCell newCell) {
		TypologyCell oldCell = cell;
		cell = newCell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__CELL, oldCell, cell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		if (phase != null && phase.eIsProxy()) {
			InternalEObject oldPhase = (InternalEObject)phase;
			phase = (Phase)eResolveProxy(oldPhase);
			if (phase != oldPhase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.TYPOLOGY_CODING__PHASE, oldPhase, phase));
			}
		}
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phase basicGetPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(String newComponent) {
		String oldComponent = component;
		component = newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssignedBy getAssignedBy() {
		return assignedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignedBy(AssignedBy newAssignedBy) {
		AssignedBy oldAssignedBy = assignedBy;
		assignedBy = newAssignedBy == null ? ASSIGNED_BY_EDEFAULT : newAssignedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__ASSIGNED_BY, oldAssignedBy, assignedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Confidence getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(Confidence newConfidence) {
		Confidence oldConfidence = confidence;
		confidence = newConfidence == null ? CONFIDENCE_EDEFAULT : newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(SourceRef newSource, NotificationChain msgs) {
		SourceRef oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__SOURCE, oldSource, newSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(SourceRef newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.TYPOLOGY_CODING__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.TYPOLOGY_CODING__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CODING__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CODING__SOURCE:
				return basicSetSource(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CODING__CELL:
				if (resolve) return getCell();
				return basicGetCell();
			case CoprodPackage.TYPOLOGY_CODING__PHASE:
				if (resolve) return getPhase();
				return basicGetPhase();
			case CoprodPackage.TYPOLOGY_CODING__COMPONENT:
				return getComponent();
			case CoprodPackage.TYPOLOGY_CODING__ASSIGNED_BY:
				return getAssignedBy();
			case CoprodPackage.TYPOLOGY_CODING__CONFIDENCE:
				return getConfidence();
			case CoprodPackage.TYPOLOGY_CODING__JUSTIFICATION:
				return getJustification();
			case CoprodPackage.TYPOLOGY_CODING__SOURCE:
				return getSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CODING__CELL:
				setCell((TypologyCell)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__PHASE:
				setPhase((Phase)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__COMPONENT:
				setComponent((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__ASSIGNED_BY:
				setAssignedBy((AssignedBy)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__CONFIDENCE:
				setConfidence((Confidence)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__JUSTIFICATION:
				setJustification((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CODING__SOURCE:
				setSource((SourceRef)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CODING__CELL:
				setCell((TypologyCell)null);
				return;
			case CoprodPackage.TYPOLOGY_CODING__PHASE:
				setPhase((Phase)null);
				return;
			case CoprodPackage.TYPOLOGY_CODING__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CODING__ASSIGNED_BY:
				setAssignedBy(ASSIGNED_BY_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CODING__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CODING__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CODING__SOURCE:
				setSource((SourceRef)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CODING__CELL:
				return cell != null;
			case CoprodPackage.TYPOLOGY_CODING__PHASE:
				return phase != null;
			case CoprodPackage.TYPOLOGY_CODING__COMPONENT:
				return COMPONENT_EDEFAULT == null ? component != null : !COMPONENT_EDEFAULT.equals(component);
			case CoprodPackage.TYPOLOGY_CODING__ASSIGNED_BY:
				return assignedBy != ASSIGNED_BY_EDEFAULT;
			case CoprodPackage.TYPOLOGY_CODING__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case CoprodPackage.TYPOLOGY_CODING__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
			case CoprodPackage.TYPOLOGY_CODING__SOURCE:
				return source != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (component: ");
		result.append(component);
		result.append(", assignedBy: ");
		result.append(assignedBy);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", justification: ");
		result.append(justification);
		result.append(')');
		return result.toString();
	}

} //TypologyCodingImpl
