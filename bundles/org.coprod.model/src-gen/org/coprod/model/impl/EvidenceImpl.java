/**
 */
package org.coprod.model.impl;

import org.coprod.model.Collector;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Evidence;
import org.coprod.model.EvidenceType;
import org.coprod.model.SourceRef;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getCollector <em>Collector</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#isHasComparison <em>Has Comparison</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.impl.EvidenceImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceImpl extends MinimalEObjectImpl.Container implements Evidence {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceType TYPE_EDEFAULT = EvidenceType.FULL_CASE_STUDY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected EvidenceType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollector() <em>Collector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollector()
	 * @generated
	 * @ordered
	 */
	protected static final Collector COLLECTOR_EDEFAULT = Collector.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCollector() <em>Collector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollector()
	 * @generated
	 * @ordered
	 */
	protected Collector collector = COLLECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasComparison() <em>Has Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasComparison()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_COMPARISON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHasComparison() <em>Has Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasComparison()
	 * @generated
	 * @ordered
	 */
	protected boolean hasComparison = HAS_COMPARISON_EDEFAULT;

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
	protected EvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(EvidenceType newType) {
		EvidenceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collector getCollector() {
		return collector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollector(Collector newCollector) {
		Collector oldCollector = collector;
		collector = newCollector == null ? COLLECTOR_EDEFAULT : newCollector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__COLLECTOR, oldCollector, collector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasComparison() {
		return hasComparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasComparison(boolean newHasComparison) {
		boolean oldHasComparison = hasComparison;
		hasComparison = newHasComparison;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__HAS_COMPARISON, oldHasComparison, hasComparison));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__DESCRIPTION, oldDescription, description));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__SOURCE, oldSource, newSource);
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
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.EVIDENCE__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.EVIDENCE__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.EVIDENCE__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.EVIDENCE__SOURCE:
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
			case CoprodPackage.EVIDENCE__ID:
				return getId();
			case CoprodPackage.EVIDENCE__TYPE:
				return getType();
			case CoprodPackage.EVIDENCE__METHOD:
				return getMethod();
			case CoprodPackage.EVIDENCE__COLLECTOR:
				return getCollector();
			case CoprodPackage.EVIDENCE__DATE:
				return getDate();
			case CoprodPackage.EVIDENCE__HAS_COMPARISON:
				return isHasComparison();
			case CoprodPackage.EVIDENCE__DESCRIPTION:
				return getDescription();
			case CoprodPackage.EVIDENCE__SOURCE:
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
			case CoprodPackage.EVIDENCE__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.EVIDENCE__TYPE:
				setType((EvidenceType)newValue);
				return;
			case CoprodPackage.EVIDENCE__METHOD:
				setMethod((String)newValue);
				return;
			case CoprodPackage.EVIDENCE__COLLECTOR:
				setCollector((Collector)newValue);
				return;
			case CoprodPackage.EVIDENCE__DATE:
				setDate((String)newValue);
				return;
			case CoprodPackage.EVIDENCE__HAS_COMPARISON:
				setHasComparison((Boolean)newValue);
				return;
			case CoprodPackage.EVIDENCE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CoprodPackage.EVIDENCE__SOURCE:
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
			case CoprodPackage.EVIDENCE__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__COLLECTOR:
				setCollector(COLLECTOR_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__HAS_COMPARISON:
				setHasComparison(HAS_COMPARISON_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CoprodPackage.EVIDENCE__SOURCE:
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
			case CoprodPackage.EVIDENCE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.EVIDENCE__TYPE:
				return type != TYPE_EDEFAULT;
			case CoprodPackage.EVIDENCE__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case CoprodPackage.EVIDENCE__COLLECTOR:
				return collector != COLLECTOR_EDEFAULT;
			case CoprodPackage.EVIDENCE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CoprodPackage.EVIDENCE__HAS_COMPARISON:
				return hasComparison != HAS_COMPARISON_EDEFAULT;
			case CoprodPackage.EVIDENCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CoprodPackage.EVIDENCE__SOURCE:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", type: ");
		result.append(type);
		result.append(", method: ");
		result.append(method);
		result.append(", collector: ");
		result.append(collector);
		result.append(", date: ");
		result.append(date);
		result.append(", hasComparison: ");
		result.append(hasComparison);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //EvidenceImpl
