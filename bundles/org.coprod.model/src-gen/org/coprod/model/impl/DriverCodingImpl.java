/**
 */
package org.coprod.model.impl;

import org.coprod.model.AssignedBy;
import org.coprod.model.Confidence;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.SourceRef;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver Coding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.DriverCodingImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.coprod.model.impl.DriverCodingImpl#getAssignedBy <em>Assigned By</em>}</li>
 *   <li>{@link org.coprod.model.impl.DriverCodingImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.coprod.model.impl.DriverCodingImpl#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.coprod.model.impl.DriverCodingImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriverCodingImpl extends CodedRecordImpl implements DriverCoding {
	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final Driver DRIVER_EDEFAULT = Driver.GOVERNANCE;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Driver driver = DRIVER_EDEFAULT;

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
	protected DriverCodingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.DRIVER_CODING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Driver newDriver) {
		Driver oldDriver = driver;
		driver = newDriver == null ? DRIVER_EDEFAULT : newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__DRIVER, oldDriver, driver));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__ASSIGNED_BY, oldAssignedBy, assignedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__CONFIDENCE, oldConfidence, confidence));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__JUSTIFICATION, oldJustification, justification));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__SOURCE, oldSource, newSource);
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
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.DRIVER_CODING__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.DRIVER_CODING__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DRIVER_CODING__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.DRIVER_CODING__SOURCE:
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
			case CoprodPackage.DRIVER_CODING__DRIVER:
				return getDriver();
			case CoprodPackage.DRIVER_CODING__ASSIGNED_BY:
				return getAssignedBy();
			case CoprodPackage.DRIVER_CODING__CONFIDENCE:
				return getConfidence();
			case CoprodPackage.DRIVER_CODING__JUSTIFICATION:
				return getJustification();
			case CoprodPackage.DRIVER_CODING__SOURCE:
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
			case CoprodPackage.DRIVER_CODING__DRIVER:
				setDriver((Driver)newValue);
				return;
			case CoprodPackage.DRIVER_CODING__ASSIGNED_BY:
				setAssignedBy((AssignedBy)newValue);
				return;
			case CoprodPackage.DRIVER_CODING__CONFIDENCE:
				setConfidence((Confidence)newValue);
				return;
			case CoprodPackage.DRIVER_CODING__JUSTIFICATION:
				setJustification((String)newValue);
				return;
			case CoprodPackage.DRIVER_CODING__SOURCE:
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
			case CoprodPackage.DRIVER_CODING__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case CoprodPackage.DRIVER_CODING__ASSIGNED_BY:
				setAssignedBy(ASSIGNED_BY_EDEFAULT);
				return;
			case CoprodPackage.DRIVER_CODING__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case CoprodPackage.DRIVER_CODING__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
				return;
			case CoprodPackage.DRIVER_CODING__SOURCE:
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
			case CoprodPackage.DRIVER_CODING__DRIVER:
				return driver != DRIVER_EDEFAULT;
			case CoprodPackage.DRIVER_CODING__ASSIGNED_BY:
				return assignedBy != ASSIGNED_BY_EDEFAULT;
			case CoprodPackage.DRIVER_CODING__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case CoprodPackage.DRIVER_CODING__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
			case CoprodPackage.DRIVER_CODING__SOURCE:
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
		result.append(" (driver: ");
		result.append(driver);
		result.append(", assignedBy: ");
		result.append(assignedBy);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", justification: ");
		result.append(justification);
		result.append(')');
		return result.toString();
	}

} //DriverCodingImpl
