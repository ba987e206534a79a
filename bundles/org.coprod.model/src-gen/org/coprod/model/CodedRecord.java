/**
 */
package org.coprod.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coded Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case-level conclusion made by a coder (a typology placement, a driver, an outcome, a benefit or a limitation), with the passages that are its evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.CodedRecord#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.coprod.model.CodedRecord#getCodedOn <em>Coded On</em>}</li>
 *   <li>{@link org.coprod.model.CodedRecord#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getCodedRecord()
 * @model abstract="true"
 * @generated
 */
public interface CodedRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' reference.
	 * @see #setCoder(Coder)
	 * @see org.coprod.model.CoprodPackage#getCodedRecord_Coder()
	 * @model
	 * @generated
	 */
	Coder getCoder();

	/**
	 * Sets the value of the '{@link org.coprod.model.CodedRecord#getCoder <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' reference.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(Coder value);

	/**
	 * Returns the value of the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coded On</em>' attribute.
	 * @see #setCodedOn(Date)
	 * @see org.coprod.model.CoprodPackage#getCodedRecord_CodedOn()
	 * @model
	 * @generated
	 */
	Date getCodedOn();

	/**
	 * Sets the value of the '{@link org.coprod.model.CodedRecord#getCodedOn <em>Coded On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coded On</em>' attribute.
	 * @see #getCodedOn()
	 * @generated
	 */
	void setCodedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.coprod.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coded passages this conclusion rests on; they are kept with the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.coprod.model.CoprodPackage#getCodedRecord_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

} // CodedRecord
