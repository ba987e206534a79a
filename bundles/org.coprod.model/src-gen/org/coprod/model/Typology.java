/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A coding scheme held as data: ordered dimensions and the cells that combine their values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Typology#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.Typology#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.Typology#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.Typology#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.coprod.model.Typology#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.coprod.model.Typology#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getTypology()
 * @model
 * @generated
 */
public interface Typology extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getTypology_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.Typology#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.coprod.model.CoprodPackage#getTypology_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.coprod.model.Typology#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.coprod.model.CoprodPackage#getTypology_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.Typology#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see org.coprod.model.CoprodPackage#getTypology_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link org.coprod.model.Typology#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.TypologyDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getTypology_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypologyDimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.TypologyCell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getTypology_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypologyCell> getCells();

} // Typology
