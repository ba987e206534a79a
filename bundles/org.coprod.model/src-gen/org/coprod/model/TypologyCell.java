/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typology Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A combination of dimension values with its exact published name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.TypologyCell#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getCode <em>Code</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getValues <em>Values</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#isApplicable <em>Applicable</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getExemplars <em>Exemplars</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link org.coprod.model.TypologyCell#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getTypologyCell()
 * @model
 * @generated
 */
public interface TypologyCell extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCell#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCell#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCell#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' reference list.
	 * The list contents are of type {@link org.coprod.model.DimensionValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' reference list.
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Values()
	 * @model
	 * @generated
	 */
	EList<DimensionValue> getValues();

	/**
	 * Returns the value of the '<em><b>Applicable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applicable</em>' attribute.
	 * @see #setApplicable(boolean)
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Applicable()
	 * @model default="true"
	 * @generated
	 */
	boolean isApplicable();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCell#isApplicable <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applicable</em>' attribute.
	 * @see #isApplicable()
	 * @generated
	 */
	void setApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Exemplars</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exemplars</em>' attribute list.
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Exemplars()
	 * @model
	 * @generated
	 */
	EList<String> getExemplars();

	/**
	 * Returns the value of the '<em><b>Synonyms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synonyms</em>' attribute list.
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Synonyms()
	 * @model
	 * @generated
	 */
	EList<String> getSynonyms();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.coprod.model.CoprodPackage#getTypologyCell_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.TypologyCell#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // TypologyCell
