/**
 */
package org.coprod.model.impl;

import java.util.Collection;
import java.util.Date;

import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Memo;
import org.coprod.model.Segment;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getCodedOn <em>Coded On</em>}</li>
 *   <li>{@link org.coprod.model.impl.SegmentImpl#getMemo <em>Memo</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentImpl extends MinimalEObjectImpl.Container implements Segment {
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
	 * The cached value of the '{@link #getText() <em>Text</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected CodableText text;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> codes;

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
	 * The cached value of the '{@link #getMemo() <em>Memo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemo()
	 * @generated
	 * @ordered
	 */
	protected Memo memo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.SEGMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodableText getText() {
		if (text != null && text.eIsProxy()) {
			InternalEObject oldText = (InternalEObject)text;
			text = (CodableText)eResolveProxy(oldText);
			if (text != oldText) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.SEGMENT__TEXT, oldText, text));
			}
		}
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodableText basicGetText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(CodableText newText) {
		CodableText oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getCodes() {
		if (codes == null) {
			codes = new EObjectResolvingEList<Code>(Code.class, this, CoprodPackage.SEGMENT__CODES);
		}
		return codes;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.SEGMENT__CODER, oldCoder, coder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__CODER, oldCoder, coder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__CODED_ON, oldCodedOn, codedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Memo getMemo() {
		return memo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMemo(Memo newMemo, NotificationChain msgs) {
		Memo oldMemo = memo;
		memo = newMemo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__MEMO, oldMemo, newMemo);
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
	public void setMemo(Memo newMemo) {
		if (newMemo != memo) {
			NotificationChain msgs = null;
			if (memo != null)
				msgs = ((InternalEObject)memo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.SEGMENT__MEMO, null, msgs);
			if (newMemo != null)
				msgs = ((InternalEObject)newMemo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.SEGMENT__MEMO, null, msgs);
			msgs = basicSetMemo(newMemo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.SEGMENT__MEMO, newMemo, newMemo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.SEGMENT__MEMO:
				return basicSetMemo(null, msgs);
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
			case CoprodPackage.SEGMENT__ID:
				return getId();
			case CoprodPackage.SEGMENT__TEXT:
				if (resolve) return getText();
				return basicGetText();
			case CoprodPackage.SEGMENT__START:
				return getStart();
			case CoprodPackage.SEGMENT__END:
				return getEnd();
			case CoprodPackage.SEGMENT__QUOTE:
				return getQuote();
			case CoprodPackage.SEGMENT__CODES:
				return getCodes();
			case CoprodPackage.SEGMENT__CODER:
				if (resolve) return getCoder();
				return basicGetCoder();
			case CoprodPackage.SEGMENT__CODED_ON:
				return getCodedOn();
			case CoprodPackage.SEGMENT__MEMO:
				return getMemo();
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
			case CoprodPackage.SEGMENT__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.SEGMENT__TEXT:
				setText((CodableText)newValue);
				return;
			case CoprodPackage.SEGMENT__START:
				setStart((Integer)newValue);
				return;
			case CoprodPackage.SEGMENT__END:
				setEnd((Integer)newValue);
				return;
			case CoprodPackage.SEGMENT__QUOTE:
				setQuote((String)newValue);
				return;
			case CoprodPackage.SEGMENT__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends Code>)newValue);
				return;
			case CoprodPackage.SEGMENT__CODER:
				setCoder((Coder)newValue);
				return;
			case CoprodPackage.SEGMENT__CODED_ON:
				setCodedOn((Date)newValue);
				return;
			case CoprodPackage.SEGMENT__MEMO:
				setMemo((Memo)newValue);
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
			case CoprodPackage.SEGMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.SEGMENT__TEXT:
				setText((CodableText)null);
				return;
			case CoprodPackage.SEGMENT__START:
				setStart(START_EDEFAULT);
				return;
			case CoprodPackage.SEGMENT__END:
				setEnd(END_EDEFAULT);
				return;
			case CoprodPackage.SEGMENT__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case CoprodPackage.SEGMENT__CODES:
				getCodes().clear();
				return;
			case CoprodPackage.SEGMENT__CODER:
				setCoder((Coder)null);
				return;
			case CoprodPackage.SEGMENT__CODED_ON:
				setCodedOn(CODED_ON_EDEFAULT);
				return;
			case CoprodPackage.SEGMENT__MEMO:
				setMemo((Memo)null);
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
			case CoprodPackage.SEGMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.SEGMENT__TEXT:
				return text != null;
			case CoprodPackage.SEGMENT__START:
				return start != START_EDEFAULT;
			case CoprodPackage.SEGMENT__END:
				return end != END_EDEFAULT;
			case CoprodPackage.SEGMENT__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case CoprodPackage.SEGMENT__CODES:
				return codes != null && !codes.isEmpty();
			case CoprodPackage.SEGMENT__CODER:
				return coder != null;
			case CoprodPackage.SEGMENT__CODED_ON:
				return CODED_ON_EDEFAULT == null ? codedOn != null : !CODED_ON_EDEFAULT.equals(codedOn);
			case CoprodPackage.SEGMENT__MEMO:
				return memo != null;
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
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", quote: ");
		result.append(quote);
		result.append(", codedOn: ");
		result.append(codedOn);
		result.append(')');
		return result.toString();
	}

} //SegmentImpl
