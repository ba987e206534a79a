/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diffusion Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How lessons from a case travelled to another case or country.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.DiffusionLink#getToCase <em>To Case</em>}</li>
 *   <li>{@link org.coprod.model.DiffusionLink#getToCountry <em>To Country</em>}</li>
 *   <li>{@link org.coprod.model.DiffusionLink#getMechanism <em>Mechanism</em>}</li>
 *   <li>{@link org.coprod.model.DiffusionLink#getYear <em>Year</em>}</li>
 *   <li>{@link org.coprod.model.DiffusionLink#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getDiffusionLink()
 * @model
 * @generated
 */
public interface DiffusionLink extends EObject {
	/**
	 * Returns the value of the '<em><b>To Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Case</em>' reference.
	 * @see #setToCase(Case)
	 * @see org.coprod.model.CoprodPackage#getDiffusionLink_ToCase()
	 * @model
	 * @generated
	 */
	Case getToCase();

	/**
	 * Sets the value of the '{@link org.coprod.model.DiffusionLink#getToCase <em>To Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Case</em>' reference.
	 * @see #getToCase()
	 * @generated
	 */
	void setToCase(Case value);

	/**
	 * Returns the value of the '<em><b>To Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Country</em>' attribute.
	 * @see #setToCountry(String)
	 * @see org.coprod.model.CoprodPackage#getDiffusionLink_ToCountry()
	 * @model
	 * @generated
	 */
	String getToCountry();

	/**
	 * Sets the value of the '{@link org.coprod.model.DiffusionLink#getToCountry <em>To Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Country</em>' attribute.
	 * @see #getToCountry()
	 * @generated
	 */
	void setToCountry(String value);

	/**
	 * Returns the value of the '<em><b>Mechanism</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.DiffusionMechanism}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mechanism</em>' attribute.
	 * @see org.coprod.model.DiffusionMechanism
	 * @see #setMechanism(DiffusionMechanism)
	 * @see org.coprod.model.CoprodPackage#getDiffusionLink_Mechanism()
	 * @model
	 * @generated
	 */
	DiffusionMechanism getMechanism();

	/**
	 * Sets the value of the '{@link org.coprod.model.DiffusionLink#getMechanism <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mechanism</em>' attribute.
	 * @see org.coprod.model.DiffusionMechanism
	 * @see #getMechanism()
	 * @generated
	 */
	void setMechanism(DiffusionMechanism value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.coprod.model.CoprodPackage#getDiffusionLink_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.coprod.model.DiffusionLink#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.coprod.model.CoprodPackage#getDiffusionLink_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.DiffusionLink#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // DiffusionLink
