/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limitation Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A limitation or risk from the controlled list reported for a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.LimitationClaim#getLimitation <em>Limitation</em>}</li>
 *   <li>{@link org.coprod.model.LimitationClaim#getNote <em>Note</em>}</li>
 *   <li>{@link org.coprod.model.LimitationClaim#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getLimitationClaim()
 * @model
 * @generated
 */
public interface LimitationClaim extends CodedRecord {
	/**
	 * Returns the value of the '<em><b>Limitation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Limitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limitation</em>' attribute.
	 * @see org.coprod.model.Limitation
	 * @see #setLimitation(Limitation)
	 * @see org.coprod.model.CoprodPackage#getLimitationClaim_Limitation()
	 * @model
	 * @generated
	 */
	Limitation getLimitation();

	/**
	 * Sets the value of the '{@link org.coprod.model.LimitationClaim#getLimitation <em>Limitation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limitation</em>' attribute.
	 * @see org.coprod.model.Limitation
	 * @see #getLimitation()
	 * @generated
	 */
	void setLimitation(Limitation value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.coprod.model.CoprodPackage#getLimitationClaim_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.coprod.model.LimitationClaim#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getLimitationClaim_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.LimitationClaim#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // LimitationClaim
