/**
 */
package org.coprod.model.impl;

import java.util.Collection;
import java.util.Date;

import org.coprod.model.CoprodPackage;
import org.coprod.model.Document;
import org.coprod.model.Memo;
import org.coprod.model.Source;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getImported <em>Imported</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getOriginalFile <em>Original File</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getTextDigest <em>Text Digest</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.coprod.model.impl.DocumentImpl#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends CodableTextImpl implements Document {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The default value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected Date imported = IMPORTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalFile() <em>Original File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalFile()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalFile() <em>Original File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalFile()
	 * @generated
	 * @ordered
	 */
	protected String originalFile = ORIGINAL_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextDigest() <em>Text Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextDigest()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextDigest() <em>Text Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextDigest()
	 * @generated
	 * @ordered
	 */
	protected String textDigest = TEXT_DIGEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

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
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Source)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.DOCUMENT__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImported() {
		return imported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImported(Date newImported) {
		Date oldImported = imported;
		imported = newImported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__IMPORTED, oldImported, imported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalFile() {
		return originalFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalFile(String newOriginalFile) {
		String oldOriginalFile = originalFile;
		originalFile = newOriginalFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__ORIGINAL_FILE, oldOriginalFile, originalFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextDigest() {
		return textDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextDigest(String newTextDigest) {
		String oldTextDigest = textDigest;
		textDigest = newTextDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__TEXT_DIGEST, oldTextDigest, textDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.DOCUMENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, CoprodPackage.DOCUMENT__MEMOS);
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
			case CoprodPackage.DOCUMENT__MEMOS:
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
			case CoprodPackage.DOCUMENT__TITLE:
				return getTitle();
			case CoprodPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case CoprodPackage.DOCUMENT__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CoprodPackage.DOCUMENT__IMPORTED:
				return getImported();
			case CoprodPackage.DOCUMENT__ORIGINAL_FILE:
				return getOriginalFile();
			case CoprodPackage.DOCUMENT__TEXT_DIGEST:
				return getTextDigest();
			case CoprodPackage.DOCUMENT__LENGTH:
				return getLength();
			case CoprodPackage.DOCUMENT__MEMOS:
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
			case CoprodPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CoprodPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CoprodPackage.DOCUMENT__SOURCE:
				setSource((Source)newValue);
				return;
			case CoprodPackage.DOCUMENT__IMPORTED:
				setImported((Date)newValue);
				return;
			case CoprodPackage.DOCUMENT__ORIGINAL_FILE:
				setOriginalFile((String)newValue);
				return;
			case CoprodPackage.DOCUMENT__TEXT_DIGEST:
				setTextDigest((String)newValue);
				return;
			case CoprodPackage.DOCUMENT__LENGTH:
				setLength((Integer)newValue);
				return;
			case CoprodPackage.DOCUMENT__MEMOS:
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
			case CoprodPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__SOURCE:
				setSource((Source)null);
				return;
			case CoprodPackage.DOCUMENT__IMPORTED:
				setImported(IMPORTED_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__ORIGINAL_FILE:
				setOriginalFile(ORIGINAL_FILE_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__TEXT_DIGEST:
				setTextDigest(TEXT_DIGEST_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case CoprodPackage.DOCUMENT__MEMOS:
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
			case CoprodPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CoprodPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CoprodPackage.DOCUMENT__SOURCE:
				return source != null;
			case CoprodPackage.DOCUMENT__IMPORTED:
				return IMPORTED_EDEFAULT == null ? imported != null : !IMPORTED_EDEFAULT.equals(imported);
			case CoprodPackage.DOCUMENT__ORIGINAL_FILE:
				return ORIGINAL_FILE_EDEFAULT == null ? originalFile != null : !ORIGINAL_FILE_EDEFAULT.equals(originalFile);
			case CoprodPackage.DOCUMENT__TEXT_DIGEST:
				return TEXT_DIGEST_EDEFAULT == null ? textDigest != null : !TEXT_DIGEST_EDEFAULT.equals(textDigest);
			case CoprodPackage.DOCUMENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case CoprodPackage.DOCUMENT__MEMOS:
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
		result.append(" (title: ");
		result.append(title);
		result.append(", language: ");
		result.append(language);
		result.append(", imported: ");
		result.append(imported);
		result.append(", originalFile: ");
		result.append(originalFile);
		result.append(", textDigest: ");
		result.append(textDigest);
		result.append(", length: ");
		result.append(length);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
