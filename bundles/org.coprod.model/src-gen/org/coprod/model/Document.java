/**
 */
package org.coprod.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source text held in the library folder under documents/: the file as imported and its plain text, which segment offsets refer to and which is never rewritten.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.coprod.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.coprod.model.Document#getSource <em>Source</em>}</li>
 *   <li>{@link org.coprod.model.Document#getImported <em>Imported</em>}</li>
 *   <li>{@link org.coprod.model.Document#getOriginalFile <em>Original File</em>}</li>
 *   <li>{@link org.coprod.model.Document#getTextDigest <em>Text Digest</em>}</li>
 *   <li>{@link org.coprod.model.Document#getLength <em>Length</em>}</li>
 *   <li>{@link org.coprod.model.Document#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends CodableText {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.coprod.model.CoprodPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.coprod.model.CoprodPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.coprod.model.CoprodPackage#getDocument_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported</em>' attribute.
	 * @see #setImported(Date)
	 * @see org.coprod.model.CoprodPackage#getDocument_Imported()
	 * @model
	 * @generated
	 */
	Date getImported();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getImported <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported</em>' attribute.
	 * @see #getImported()
	 * @generated
	 */
	void setImported(Date value);

	/**
	 * Returns the value of the '<em><b>Original File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file name of the original under documents/, as imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original File</em>' attribute.
	 * @see #setOriginalFile(String)
	 * @see org.coprod.model.CoprodPackage#getDocument_OriginalFile()
	 * @model
	 * @generated
	 */
	String getOriginalFile();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getOriginalFile <em>Original File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original File</em>' attribute.
	 * @see #getOriginalFile()
	 * @generated
	 */
	void setOriginalFile(String value);

	/**
	 * Returns the value of the '<em><b>Text Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SHA-256 of documents/<id>.txt, in hexadecimal, recorded at import to tell when the text was changed outside the workbench.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Digest</em>' attribute.
	 * @see #setTextDigest(String)
	 * @see org.coprod.model.CoprodPackage#getDocument_TextDigest()
	 * @model
	 * @generated
	 */
	String getTextDigest();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getTextDigest <em>Text Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Digest</em>' attribute.
	 * @see #getTextDigest()
	 * @generated
	 */
	void setTextDigest(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The length of the plain text in code points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.coprod.model.CoprodPackage#getDocument_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.coprod.model.Document#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getDocument_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

} // Document
