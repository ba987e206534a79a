/**
 */
package org.coprod.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A coded passage: a range of a codable text in Unicode code points from 0, end exclusive, with the passage as quoted when it was coded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Segment#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getText <em>Text</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getStart <em>Start</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getEnd <em>End</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getCodedOn <em>Coded On</em>}</li>
 *   <li>{@link org.coprod.model.Segment#getMemo <em>Memo</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getSegment()
 * @model
 * @generated
 */
public interface Segment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getSegment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' reference.
	 * @see #setText(CodableText)
	 * @see org.coprod.model.CoprodPackage#getSegment_Text()
	 * @model
	 * @generated
	 */
	CodableText getText();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getText <em>Text</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(CodableText value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.coprod.model.CoprodPackage#getSegment_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.coprod.model.CoprodPackage#getSegment_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.coprod.model.CoprodPackage#getSegment_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' reference list.
	 * The list contents are of type {@link org.coprod.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' reference list.
	 * @see org.coprod.model.CoprodPackage#getSegment_Codes()
	 * @model
	 * @generated
	 */
	EList<Code> getCodes();

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' reference.
	 * @see #setCoder(Coder)
	 * @see org.coprod.model.CoprodPackage#getSegment_Coder()
	 * @model
	 * @generated
	 */
	Coder getCoder();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getCoder <em>Coder</em>}' reference.
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
	 * @see org.coprod.model.CoprodPackage#getSegment_CodedOn()
	 * @model
	 * @generated
	 */
	Date getCodedOn();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getCodedOn <em>Coded On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coded On</em>' attribute.
	 * @see #getCodedOn()
	 * @generated
	 */
	void setCodedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Memo</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memo</em>' containment reference.
	 * @see #setMemo(Memo)
	 * @see org.coprod.model.CoprodPackage#getSegment_Memo()
	 * @model containment="true"
	 * @generated
	 */
	Memo getMemo();

	/**
	 * Sets the value of the '{@link org.coprod.model.Segment#getMemo <em>Memo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memo</em>' containment reference.
	 * @see #getMemo()
	 * @generated
	 */
	void setMemo(Memo value);

} // Segment
