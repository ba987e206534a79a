/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How something about a case is known: type, collector and date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Evidence#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getType <em>Type</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getMethod <em>Method</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getCollector <em>Collector</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getDate <em>Date</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#isHasComparison <em>Has Comparison</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.Evidence#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.EvidenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.coprod.model.EvidenceType
	 * @see #setType(EvidenceType)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Type()
	 * @model
	 * @generated
	 */
	EvidenceType getType();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.coprod.model.EvidenceType
	 * @see #getType()
	 * @generated
	 */
	void setType(EvidenceType value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Collector</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Collector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collector</em>' attribute.
	 * @see org.coprod.model.Collector
	 * @see #setCollector(Collector)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Collector()
	 * @model
	 * @generated
	 */
	Collector getCollector();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getCollector <em>Collector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collector</em>' attribute.
	 * @see org.coprod.model.Collector
	 * @see #getCollector()
	 * @generated
	 */
	void setCollector(Collector value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Has Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Has Comparison</em>' attribute.
	 * @see #setHasComparison(boolean)
	 * @see org.coprod.model.CoprodPackage#getEvidence_HasComparison()
	 * @model
	 * @generated
	 */
	boolean isHasComparison();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#isHasComparison <em>Has Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Comparison</em>' attribute.
	 * @see #isHasComparison()
	 * @generated
	 */
	void setHasComparison(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getEvidence_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.Evidence#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // Evidence
