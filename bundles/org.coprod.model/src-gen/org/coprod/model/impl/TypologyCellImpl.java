/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.CoprodPackage;
import org.coprod.model.DimensionValue;
import org.coprod.model.TypologyCell;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Typology Cell</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#isApplicable <em>Applicable</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getExemplars <em>Exemplars</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyCellImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypologyCellImpl extends MinimalEObjectImpl.Container implements TypologyCell {
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
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<DimensionValue> values;

	/**
	 * The default value of the '{@link #isApplicable() <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPLICABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isApplicable() <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean applicable = APPLICABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExemplars() <em>Exemplars</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExemplars()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exemplars;

	/**
	 * The cached value of the '{@link #getSynonyms() <em>Synonyms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynonyms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> synonyms;

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
	protected TypologyCellImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.TYPOLOGY_CELL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CELL__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CELL__CODE, oldCode, code));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CELL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DimensionValue> getValues() {
		if (values == null) {
			values = new EObjectResolvingEList<DimensionValue>(DimensionValue.class, this, CoprodPackage.TYPOLOGY_CELL__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApplicable() {
		return applicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplicable(boolean newApplicable) {
		boolean oldApplicable = applicable;
		applicable = newApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CELL__APPLICABLE, oldApplicable, applicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExemplars() {
		if (exemplars == null) {
			exemplars = new EDataTypeUniqueEList<String>(String.class, this, CoprodPackage.TYPOLOGY_CELL__EXEMPLARS);
		}
		return exemplars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSynonyms() {
		if (synonyms == null) {
			synonyms = new EDataTypeUniqueEList<String>(String.class, this, CoprodPackage.TYPOLOGY_CELL__SYNONYMS);
		}
		return synonyms;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY_CELL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY_CELL__ID:
				return getId();
			case CoprodPackage.TYPOLOGY_CELL__CODE:
				return getCode();
			case CoprodPackage.TYPOLOGY_CELL__NAME:
				return getName();
			case CoprodPackage.TYPOLOGY_CELL__VALUES:
				return getValues();
			case CoprodPackage.TYPOLOGY_CELL__APPLICABLE:
				return isApplicable();
			case CoprodPackage.TYPOLOGY_CELL__EXEMPLARS:
				return getExemplars();
			case CoprodPackage.TYPOLOGY_CELL__SYNONYMS:
				return getSynonyms();
			case CoprodPackage.TYPOLOGY_CELL__DESCRIPTION:
				return getDescription();
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
			case CoprodPackage.TYPOLOGY_CELL__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__CODE:
				setCode((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__NAME:
				setName((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends DimensionValue>)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__APPLICABLE:
				setApplicable((Boolean)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__EXEMPLARS:
				getExemplars().clear();
				getExemplars().addAll((Collection<? extends String>)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__SYNONYMS:
				getSynonyms().clear();
				getSynonyms().addAll((Collection<? extends String>)newValue);
				return;
			case CoprodPackage.TYPOLOGY_CELL__DESCRIPTION:
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
			case CoprodPackage.TYPOLOGY_CELL__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CELL__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CELL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CELL__VALUES:
				getValues().clear();
				return;
			case CoprodPackage.TYPOLOGY_CELL__APPLICABLE:
				setApplicable(APPLICABLE_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY_CELL__EXEMPLARS:
				getExemplars().clear();
				return;
			case CoprodPackage.TYPOLOGY_CELL__SYNONYMS:
				getSynonyms().clear();
				return;
			case CoprodPackage.TYPOLOGY_CELL__DESCRIPTION:
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
			case CoprodPackage.TYPOLOGY_CELL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.TYPOLOGY_CELL__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CoprodPackage.TYPOLOGY_CELL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoprodPackage.TYPOLOGY_CELL__VALUES:
				return values != null && !values.isEmpty();
			case CoprodPackage.TYPOLOGY_CELL__APPLICABLE:
				return applicable != APPLICABLE_EDEFAULT;
			case CoprodPackage.TYPOLOGY_CELL__EXEMPLARS:
				return exemplars != null && !exemplars.isEmpty();
			case CoprodPackage.TYPOLOGY_CELL__SYNONYMS:
				return synonyms != null && !synonyms.isEmpty();
			case CoprodPackage.TYPOLOGY_CELL__DESCRIPTION:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", applicable: ");
		result.append(applicable);
		result.append(", exemplars: ");
		result.append(exemplars);
		result.append(", synonyms: ");
		result.append(synonyms);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //TypologyCellImpl
