/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Library</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a library: typologies, actors and sources live in the library file; each case lives in its own file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.CaseLibrary#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getTypologies <em>Typologies</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getActors <em>Actors</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getSources <em>Sources</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.coprod.model.CaseLibrary#getCases <em>Cases</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getCaseLibrary()
 * @model
 * @generated
 */
public interface CaseLibrary extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.coprod.model.CaseLibrary#getName <em>Name</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.CaseLibrary#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the library file format the library was written in; 0 (the default, so never written) for a library written before the version was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_FormatVersion()
	 * @model default="0"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.coprod.model.CaseLibrary#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Typologies</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Typology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typologies</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Typologies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Typology> getTypologies();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Coders</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Coder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coders</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Coders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coder> getCoders();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebook</em>' containment reference.
	 * @see #setCodebook(Codebook)
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Codebook()
	 * @model containment="true"
	 * @generated
	 */
	Codebook getCodebook();

	/**
	 * Sets the value of the '{@link org.coprod.model.CaseLibrary#getCodebook <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codebook</em>' containment reference.
	 * @see #getCodebook()
	 * @generated
	 */
	void setCodebook(Codebook value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCaseLibrary_Cases()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Case> getCases();

} // CaseLibrary
