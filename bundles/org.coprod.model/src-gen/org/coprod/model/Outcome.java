/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured or reported result of a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Outcome#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getValue <em>Value</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getYear <em>Year</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.coprod.model.Outcome#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getOutcome()
 * @model
 * @generated
 */
public interface Outcome extends CodedRecord {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.OutcomeDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see org.coprod.model.OutcomeDomain
	 * @see #setDomain(OutcomeDomain)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Domain()
	 * @model
	 * @generated
	 */
	OutcomeDomain getDomain();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see org.coprod.model.OutcomeDomain
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(OutcomeDomain value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see #setIndicator(String)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Indicator()
	 * @model
	 * @generated
	 */
	String getIndicator();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getYear <em>Year</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getOutcome_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' reference.
	 * @see #setEvidence(Evidence)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Evidence()
	 * @model
	 * @generated
	 */
	Evidence getEvidence();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getEvidence <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(Evidence value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getOutcome_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.Outcome#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // Outcome
