/**
 */
package org.coprod.model.impl;

import java.util.Collection;
import java.util.Date;

import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Segment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coded Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.CodedRecordImpl#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodedRecordImpl#getCodedOn <em>Coded On</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodedRecordImpl#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CodedRecordImpl extends MinimalEObjectImpl.Container implements CodedRecord {
	/**
	 * The cached value of the '{@link #getCoder() <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoder()
	 * @generated
	 * @ordered
	 */
	protected Coder coder;

	/**
	 * The default value of the '{@link #getCodedOn() <em>Coded On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CODED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCodedOn() <em>Coded On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodedOn()
	 * @generated
	 * @ordered
	 */
	protected Date codedOn = CODED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodedRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.CODED_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coder getCoder() {
		if (coder != null && coder.eIsProxy()) {
			InternalEObject oldCoder = (InternalEObject)coder;
			coder = (Coder)eResolveProxy(oldCoder);
			if (coder != oldCoder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.CODED_RECORD__CODER, oldCoder, coder));
			}
		}
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Coder basicGetCoder() {
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoder(Coder newCoder) {
		Coder oldCoder = coder;
		coder = newCoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODED_RECORD__CODER, oldCoder, coder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCodedOn() {
		return codedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodedOn(Date newCodedOn) {
		Date oldCodedOn = codedOn;
		codedOn = newCodedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODED_RECORD__CODED_ON, oldCodedOn, codedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, CoprodPackage.CODED_RECORD__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.CODED_RECORD__CODER:
				if (resolve) return getCoder();
				return basicGetCoder();
			case CoprodPackage.CODED_RECORD__CODED_ON:
				return getCodedOn();
			case CoprodPackage.CODED_RECORD__SEGMENTS:
				return getSegments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoprodPackage.CODED_RECORD__CODER:
				setCoder((Coder)newValue);
				return;
			case CoprodPackage.CODED_RECORD__CODED_ON:
				setCodedOn((Date)newValue);
				return;
			case CoprodPackage.CODED_RECORD__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
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
			case CoprodPackage.CODED_RECORD__CODER:
				setCoder((Coder)null);
				return;
			case CoprodPackage.CODED_RECORD__CODED_ON:
				setCodedOn(CODED_ON_EDEFAULT);
				return;
			case CoprodPackage.CODED_RECORD__SEGMENTS:
				getSegments().clear();
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
			case CoprodPackage.CODED_RECORD__CODER:
				return coder != null;
			case CoprodPackage.CODED_RECORD__CODED_ON:
				return CODED_ON_EDEFAULT == null ? codedOn != null : !CODED_ON_EDEFAULT.equals(codedOn);
			case CoprodPackage.CODED_RECORD__SEGMENTS:
				return segments != null && !segments.isEmpty();
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
		result.append(" (codedOn: ");
		result.append(codedOn);
		result.append(')');
		return result.toString();
	}

} //CodedRecordImpl
