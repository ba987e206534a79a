/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The codes of a library: the built-in dimensions as code groups, and the codes researchers add.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Codebook#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getCodebook()
 * @model
 * @generated
 */
public interface Codebook extends EObject {
	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCodebook_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // Codebook
