/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A benefit from the controlled list claimed for a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.BenefitClaim#getBenefit <em>Benefit</em>}</li>
 *   <li>{@link org.coprod.model.BenefitClaim#getNote <em>Note</em>}</li>
 *   <li>{@link org.coprod.model.BenefitClaim#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getBenefitClaim()
 * @model
 * @generated
 */
public interface BenefitClaim extends CodedRecord {
	/**
	 * Returns the value of the '<em><b>Benefit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Benefit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefit</em>' attribute.
	 * @see org.coprod.model.Benefit
	 * @see #setBenefit(Benefit)
	 * @see org.coprod.model.CoprodPackage#getBenefitClaim_Benefit()
	 * @model
	 * @generated
	 */
	Benefit getBenefit();

	/**
	 * Sets the value of the '{@link org.coprod.model.BenefitClaim#getBenefit <em>Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit</em>' attribute.
	 * @see org.coprod.model.Benefit
	 * @see #getBenefit()
	 * @generated
	 */
	void setBenefit(Benefit value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.coprod.model.CoprodPackage#getBenefitClaim_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.coprod.model.BenefitClaim#getNote <em>Note</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getBenefitClaim_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.BenefitClaim#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // BenefitClaim
