/**
 */
package org.coprod.model.impl;

import org.coprod.model.Case;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DiffusionLink;
import org.coprod.model.DiffusionMechanism;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diffusion Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.DiffusionLinkImpl#getToCase <em>To Case</em>}</li>
 *   <li>{@link org.coprod.model.impl.DiffusionLinkImpl#getToCountry <em>To Country</em>}</li>
 *   <li>{@link org.coprod.model.impl.DiffusionLinkImpl#getMechanism <em>Mechanism</em>}</li>
 *   <li>{@link org.coprod.model.impl.DiffusionLinkImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.coprod.model.impl.DiffusionLinkImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiffusionLinkImpl extends MinimalEObjectImpl.Container implements DiffusionLink {
	/**
	 * The cached value of the '{@link #getToCase() <em>To Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToCase()
	 * @generated
	 * @ordered
	 */
	protected Case toCase;

	/**
	 * The default value of the '{@link #getToCountry() <em>To Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToCountry() <em>To Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToCountry()
	 * @generated
	 * @ordered
	 */
	protected String toCountry = TO_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMechanism() <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMechanism()
	 * @generated
	 * @ordered
	 */
	protected static final DiffusionMechanism MECHANISM_EDEFAULT = DiffusionMechanism.EXCHANGE;

	/**
	 * The cached value of the '{@link #getMechanism() <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMechanism()
	 * @generated
	 * @ordered
	 */
	protected DiffusionMechanism mechanism = MECHANISM_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiffusionLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.DIFFUSION_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getToCase() {
		if (toCase != null && toCase.eIsProxy()) {
			InternalEObject oldToCase = (InternalEObject)toCase;
			toCase = (Case)eResolveProxy(oldToCase);
			if (toCase != oldToCase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.DIFFUSION_LINK__TO_CASE, oldToCase, toCase));
			}
		}
		return toCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetToCase() {
		return toCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToCase(Case newToCase) {
		Case oldToCase = toCase;
		toCase = newToCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DIFFUSION_LINK__TO_CASE, oldToCase, toCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToCountry() {
		return toCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToCountry(String newToCountry) {
		String oldToCountry = toCountry;
		toCountry = newToCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DIFFUSION_LINK__TO_COUNTRY, oldToCountry, toCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiffusionMechanism getMechanism() {
		return mechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMechanism(DiffusionMechanism newMechanism) {
		DiffusionMechanism oldMechanism = mechanism;
		mechanism = newMechanism == null ? MECHANISM_EDEFAULT : newMechanism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DIFFUSION_LINK__MECHANISM, oldMechanism, mechanism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DIFFUSION_LINK__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DIFFUSION_LINK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.DIFFUSION_LINK__TO_CASE:
				if (resolve) return getToCase();
				return basicGetToCase();
			case CoprodPackage.DIFFUSION_LINK__TO_COUNTRY:
				return getToCountry();
			case CoprodPackage.DIFFUSION_LINK__MECHANISM:
				return getMechanism();
			case CoprodPackage.DIFFUSION_LINK__YEAR:
				return getYear();
			case CoprodPackage.DIFFUSION_LINK__DESCRIPTION:
				return getDescription();
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
			case CoprodPackage.DIFFUSION_LINK__TO_CASE:
				setToCase((Case)newValue);
				return;
			case CoprodPackage.DIFFUSION_LINK__TO_COUNTRY:
				setToCountry((String)newValue);
				return;
			case CoprodPackage.DIFFUSION_LINK__MECHANISM:
				setMechanism((DiffusionMechanism)newValue);
				return;
			case CoprodPackage.DIFFUSION_LINK__YEAR:
				setYear((Integer)newValue);
				return;
			case CoprodPackage.DIFFUSION_LINK__DESCRIPTION:
				setDescription((String)newValue);
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
			case CoprodPackage.DIFFUSION_LINK__TO_CASE:
				setToCase((Case)null);
				return;
			case CoprodPackage.DIFFUSION_LINK__TO_COUNTRY:
				setToCountry(TO_COUNTRY_EDEFAULT);
				return;
			case CoprodPackage.DIFFUSION_LINK__MECHANISM:
				setMechanism(MECHANISM_EDEFAULT);
				return;
			case CoprodPackage.DIFFUSION_LINK__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case CoprodPackage.DIFFUSION_LINK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CoprodPackage.DIFFUSION_LINK__TO_CASE:
				return toCase != null;
			case CoprodPackage.DIFFUSION_LINK__TO_COUNTRY:
				return TO_COUNTRY_EDEFAULT == null ? toCountry != null : !TO_COUNTRY_EDEFAULT.equals(toCountry);
			case CoprodPackage.DIFFUSION_LINK__MECHANISM:
				return mechanism != MECHANISM_EDEFAULT;
			case CoprodPackage.DIFFUSION_LINK__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case CoprodPackage.DIFFUSION_LINK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (toCountry: ");
		result.append(toCountry);
		result.append(", mechanism: ");
		result.append(mechanism);
		result.append(", year: ");
		result.append(year);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DiffusionLinkImpl
