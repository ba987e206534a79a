/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.CoprodPackage;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Typology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.coprod.model.impl.TypologyImpl#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypologyImpl extends MinimalEObjectImpl.Container implements Typology {
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
	 * The default value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILT_IN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected boolean builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<TypologyDimension> dimensions;

	/**
	 * The cached value of the '{@link #getCells() <em>Cells</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected EList<TypologyCell> cells;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.TYPOLOGY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuiltIn() {
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(boolean newBuiltIn) {
		boolean oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.TYPOLOGY__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypologyDimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<TypologyDimension>(TypologyDimension.class, this, CoprodPackage.TYPOLOGY__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypologyCell> getCells() {
		if (cells == null) {
			cells = new EObjectContainmentEList<TypologyCell>(TypologyCell.class, this, CoprodPackage.TYPOLOGY__CELLS);
		}
		return cells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.TYPOLOGY__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case CoprodPackage.TYPOLOGY__CELLS:
				return ((InternalEList<?>)getCells()).basicRemove(otherEnd, msgs);
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
			case CoprodPackage.TYPOLOGY__ID:
				return getId();
			case CoprodPackage.TYPOLOGY__NAME:
				return getName();
			case CoprodPackage.TYPOLOGY__DESCRIPTION:
				return getDescription();
			case CoprodPackage.TYPOLOGY__BUILT_IN:
				return isBuiltIn();
			case CoprodPackage.TYPOLOGY__DIMENSIONS:
				return getDimensions();
			case CoprodPackage.TYPOLOGY__CELLS:
				return getCells();
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
			case CoprodPackage.TYPOLOGY__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY__NAME:
				setName((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CoprodPackage.TYPOLOGY__BUILT_IN:
				setBuiltIn((Boolean)newValue);
				return;
			case CoprodPackage.TYPOLOGY__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends TypologyDimension>)newValue);
				return;
			case CoprodPackage.TYPOLOGY__CELLS:
				getCells().clear();
				getCells().addAll((Collection<? extends TypologyCell>)newValue);
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
			case CoprodPackage.TYPOLOGY__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case CoprodPackage.TYPOLOGY__DIMENSIONS:
				getDimensions().clear();
				return;
			case CoprodPackage.TYPOLOGY__CELLS:
				getCells().clear();
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
			case CoprodPackage.TYPOLOGY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.TYPOLOGY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoprodPackage.TYPOLOGY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CoprodPackage.TYPOLOGY__BUILT_IN:
				return builtIn != BUILT_IN_EDEFAULT;
			case CoprodPackage.TYPOLOGY__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case CoprodPackage.TYPOLOGY__CELLS:
				return cells != null && !cells.isEmpty();
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
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", builtIn: ");
		result.append(builtIn);
		result.append(')');
		return result.toString();
	}

} //TypologyImpl
