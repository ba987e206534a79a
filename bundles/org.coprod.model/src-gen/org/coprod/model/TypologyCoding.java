/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typology Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The placement of a case, or of one phase or service component of it, in a typology cell, with its provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.TypologyCoding#getCell <em>Cell</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getComponent <em>Component</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getAssignedBy <em>Assigned By</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCoding#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getTypologyCoding()
 * @model
 * @generated
 */
public interface TypologyCoding extends CodedRecord {
	/**
	 * Returns the value of the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell</em>' reference.
	 * @see #setCell(TypologyCell)
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Cell()
	 * @model
	 * @generated
	 */
	TypologyCell getCell();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getCell <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell</em>' reference.
	 * @see #getCell()
	 * @generated
	 */
	void setCell(TypologyCell value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' reference.
	 * @see #setPhase(Phase)
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getPhase <em>Phase</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' reference.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see #setComponent(String)
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Component()
	 * @model
	 * @generated
	 */
	String getComponent();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(String value);

	/**
	 * Returns the value of the '<em><b>Assigned By</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.AssignedBy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assigned By</em>' attribute.
	 * @see org.coprod.model.AssignedBy
	 * @see #setAssignedBy(AssignedBy)
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_AssignedBy()
	 * @model
	 * @generated
	 */
	AssignedBy getAssignedBy();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getAssignedBy <em>Assigned By</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getConfidence <em>Confidence</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getJustification <em>Justification</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getTypologyCoding_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCoding#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // TypologyCoding
