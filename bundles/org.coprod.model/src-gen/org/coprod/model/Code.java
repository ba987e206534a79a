/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code of the codebook: a name, a definition, a colour; a group only gathers codes and cannot be applied.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Code#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.Code#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.Code#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.coprod.model.Code#getColour <em>Colour</em>}</li>
 *   <li>{@link org.coprod.model.Code#isCodable <em>Codable</em>}</li>
 *   <li>{@link org.coprod.model.Code#getParent <em>Parent</em>}</li>
 *   <li>{@link org.coprod.model.Code#getBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.coprod.model.Code#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getCode()
 * @model
 * @generated
 */
public interface Code extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getCode_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getId <em>Id</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getCode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.coprod.model.CoprodPackage#getCode_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.coprod.model.CoprodPackage#getCode_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Codable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codable</em>' attribute.
	 * @see #setCodable(boolean)
	 * @see org.coprod.model.CoprodPackage#getCode_Codable()
	 * @model default="true"
	 * @generated
	 */
	boolean isCodable();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#isCodable <em>Codable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codable</em>' attribute.
	 * @see #isCodable()
	 * @generated
	 */
	void setCodable(boolean value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Code)
	 * @see org.coprod.model.CoprodPackage#getCode_Parent()
	 * @model
	 * @generated
	 */
	Code getParent();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Code value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a code that stands for a built-in dimension, what it stands for (for example cell:<cell id> or driver:TRUST); empty for a researcher's own code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(String)
	 * @see org.coprod.model.CoprodPackage#getCode_BuiltIn()
	 * @model
	 * @generated
	 */
	String getBuiltIn();

	/**
	 * Sets the value of the '{@link org.coprod.model.Code#getBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #getBuiltIn()
	 * @generated
	 */
	void setBuiltIn(String value);

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCode_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

} // Code
