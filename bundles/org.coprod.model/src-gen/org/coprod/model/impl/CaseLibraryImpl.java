/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.Actor;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Codebook;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Document;
import org.coprod.model.Source;
import org.coprod.model.Typology;

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
 * An implementation of the model object '<em><b>Case Library</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getTypologies <em>Typologies</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseLibraryImpl#getCases <em>Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseLibraryImpl extends MinimalEObjectImpl.Container implements CaseLibrary {
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
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTypologies() <em>Typologies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Typology> typologies;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getCoders() <em>Coders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoders()
	 * @generated
	 * @ordered
	 */
	protected EList<Coder> coders;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getCodebook() <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebook()
	 * @generated
	 * @ordered
	 */
	protected Codebook codebook;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseLibraryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.CASE_LIBRARY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE_LIBRARY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE_LIBRARY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE_LIBRARY__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Typology> getTypologies() {
		if (typologies == null) {
			typologies = new EObjectContainmentEList<Typology>(Typology.class, this, CoprodPackage.CASE_LIBRARY__TYPOLOGIES);
		}
		return typologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, CoprodPackage.CASE_LIBRARY__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, CoprodPackage.CASE_LIBRARY__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coder> getCoders() {
		if (coders == null) {
			coders = new EObjectContainmentEList<Coder>(Coder.class, this, CoprodPackage.CASE_LIBRARY__CODERS);
		}
		return coders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, CoprodPackage.CASE_LIBRARY__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook getCodebook() {
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCodebook(Codebook newCodebook, NotificationChain msgs) {
		Codebook oldCodebook = codebook;
		codebook = newCodebook;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE_LIBRARY__CODEBOOK, oldCodebook, newCodebook);
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
	public void setCodebook(Codebook newCodebook) {
		if (newCodebook != codebook) {
			NotificationChain msgs = null;
			if (codebook != null)
				msgs = ((InternalEObject)codebook).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.CASE_LIBRARY__CODEBOOK, null, msgs);
			if (newCodebook != null)
				msgs = ((InternalEObject)newCodebook).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.CASE_LIBRARY__CODEBOOK, null, msgs);
			msgs = basicSetCodebook(newCodebook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE_LIBRARY__CODEBOOK, newCodebook, newCodebook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList.Resolving<Case>(Case.class, this, CoprodPackage.CASE_LIBRARY__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
				return ((InternalEList<?>)getTypologies()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE_LIBRARY__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE_LIBRARY__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE_LIBRARY__CODERS:
				return ((InternalEList<?>)getCoders()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
				return basicSetCodebook(null, msgs);
			case CoprodPackage.CASE_LIBRARY__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
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
			case CoprodPackage.CASE_LIBRARY__NAME:
				return getName();
			case CoprodPackage.CASE_LIBRARY__DESCRIPTION:
				return getDescription();
			case CoprodPackage.CASE_LIBRARY__FORMAT_VERSION:
				return getFormatVersion();
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
				return getTypologies();
			case CoprodPackage.CASE_LIBRARY__ACTORS:
				return getActors();
			case CoprodPackage.CASE_LIBRARY__SOURCES:
				return getSources();
			case CoprodPackage.CASE_LIBRARY__CODERS:
				return getCoders();
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
				return getDocuments();
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
				return getCodebook();
			case CoprodPackage.CASE_LIBRARY__CASES:
				return getCases();
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
			case CoprodPackage.CASE_LIBRARY__NAME:
				setName((String)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
				getTypologies().clear();
				getTypologies().addAll((Collection<? extends Typology>)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__CODERS:
				getCoders().clear();
				getCoders().addAll((Collection<? extends Coder>)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
				setCodebook((Codebook)newValue);
				return;
			case CoprodPackage.CASE_LIBRARY__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
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
			case CoprodPackage.CASE_LIBRARY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoprodPackage.CASE_LIBRARY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CoprodPackage.CASE_LIBRARY__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
				getTypologies().clear();
				return;
			case CoprodPackage.CASE_LIBRARY__ACTORS:
				getActors().clear();
				return;
			case CoprodPackage.CASE_LIBRARY__SOURCES:
				getSources().clear();
				return;
			case CoprodPackage.CASE_LIBRARY__CODERS:
				getCoders().clear();
				return;
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
				getDocuments().clear();
				return;
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
				setCodebook((Codebook)null);
				return;
			case CoprodPackage.CASE_LIBRARY__CASES:
				getCases().clear();
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
			case CoprodPackage.CASE_LIBRARY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoprodPackage.CASE_LIBRARY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CoprodPackage.CASE_LIBRARY__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
				return typologies != null && !typologies.isEmpty();
			case CoprodPackage.CASE_LIBRARY__ACTORS:
				return actors != null && !actors.isEmpty();
			case CoprodPackage.CASE_LIBRARY__SOURCES:
				return sources != null && !sources.isEmpty();
			case CoprodPackage.CASE_LIBRARY__CODERS:
				return coders != null && !coders.isEmpty();
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
				return codebook != null;
			case CoprodPackage.CASE_LIBRARY__CASES:
				return cases != null && !cases.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //CaseLibraryImpl
