/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Why co-production arose in a case, with its provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.DriverCoding#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.coprod.model.DriverCoding#getAssignedBy <em>Assigned By</em>}</li>
 *   <li>{@link org.coprod.model.DriverCoding#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.coprod.model.DriverCoding#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.coprod.model.DriverCoding#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getDriverCoding()
 * @model
 * @generated
 */
public interface DriverCoding extends CodedRecord {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see org.coprod.model.Driver
	 * @see #setDriver(Driver)
	 * @see org.coprod.model.CoprodPackage#getDriverCoding_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.coprod.model.DriverCoding#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see org.coprod.model.Driver
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Assigned By</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.AssignedBy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assigned By</em>' attribute.
	 * @see org.coprod.model.AssignedBy
	 * @see #setAssignedBy(AssignedBy)
	 * @see org.coprod.model.CoprodPackage#getDriverCoding_AssignedBy()
	 * @model
	 * @generated
	 */
	AssignedBy getAssignedBy();

	/**
	 * Sets the value of the '{@link org.coprod.model.DriverCoding#getAssignedBy <em>Assigned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assigned By</em>' attribute.
	 * @see org.coprod.model.AssignedBy
	 * @see #getAssignedBy()
	 * @generated
	 */
	void setAssignedBy(AssignedBy value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see org.coprod.model.Confidence
	 * @see #setConfidence(Confidence)
	 * @see org.coprod.model.CoprodPackage#getDriverCoding_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link org.coprod.model.DriverCoding#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see org.coprod.model.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.coprod.model.CoprodPackage#getDriverCoding_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.coprod.model.DriverCoding#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getDriverCoding_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.DriverCoding#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // DriverCoding
