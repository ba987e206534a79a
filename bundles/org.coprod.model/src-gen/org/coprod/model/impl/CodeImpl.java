/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.Code;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Memo;

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
 * An implementation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#isCodable <em>Codable</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.coprod.model.impl.CodeImpl#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeImpl extends MinimalEObjectImpl.Container implements Code {
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
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #isCodable() <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CODABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCodable() <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodable()
	 * @generated
	 * @ordered
	 */
	protected boolean codable = CODABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Code parent;

	/**
	 * The default value of the '{@link #getBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILT_IN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected String builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.CODE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCodable() {
		return codable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodable(boolean newCodable) {
		boolean oldCodable = codable;
		codable = newCodable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__CODABLE, oldCodable, codable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Code)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.CODE__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Code basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Code newParent) {
		Code oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuiltIn() {
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(String newBuiltIn) {
		String oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CODE__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, CoprodPackage.CODE__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.CODE__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
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
			case CoprodPackage.CODE__ID:
				return getId();
			case CoprodPackage.CODE__NAME:
				return getName();
			case CoprodPackage.CODE__DEFINITION:
				return getDefinition();
			case CoprodPackage.CODE__COLOUR:
				return getColour();
			case CoprodPackage.CODE__CODABLE:
				return isCodable();
			case CoprodPackage.CODE__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case CoprodPackage.CODE__BUILT_IN:
				return getBuiltIn();
			case CoprodPackage.CODE__MEMOS:
				return getMemos();
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
			case CoprodPackage.CODE__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.CODE__NAME:
				setName((String)newValue);
				return;
			case CoprodPackage.CODE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case CoprodPackage.CODE__COLOUR:
				setColour((String)newValue);
				return;
			case CoprodPackage.CODE__CODABLE:
				setCodable((Boolean)newValue);
				return;
			case CoprodPackage.CODE__PARENT:
				setParent((Code)newValue);
				return;
			case CoprodPackage.CODE__BUILT_IN:
				setBuiltIn((String)newValue);
				return;
			case CoprodPackage.CODE__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
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
			case CoprodPackage.CODE__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.CODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoprodPackage.CODE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case CoprodPackage.CODE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case CoprodPackage.CODE__CODABLE:
				setCodable(CODABLE_EDEFAULT);
				return;
			case CoprodPackage.CODE__PARENT:
				setParent((Code)null);
				return;
			case CoprodPackage.CODE__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case CoprodPackage.CODE__MEMOS:
				getMemos().clear();
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
			case CoprodPackage.CODE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.CODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoprodPackage.CODE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case CoprodPackage.CODE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case CoprodPackage.CODE__CODABLE:
				return codable != CODABLE_EDEFAULT;
			case CoprodPackage.CODE__PARENT:
				return parent != null;
			case CoprodPackage.CODE__BUILT_IN:
				return BUILT_IN_EDEFAULT == null ? builtIn != null : !BUILT_IN_EDEFAULT.equals(builtIn);
			case CoprodPackage.CODE__MEMOS:
				return memos != null && !memos.isEmpty();
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
		result.append(", definition: ");
		result.append(definition);
		result.append(", colour: ");
		result.append(colour);
		result.append(", codable: ");
		result.append(codable);
		result.append(", builtIn: ");
		result.append(builtIn);
		result.append(')');
		return result.toString();
	}

} //CodeImpl
