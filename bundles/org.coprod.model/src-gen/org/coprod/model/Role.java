/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an actor does in a case, at which value-chain stages, when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Role#getActor <em>Actor</em>}</li>
 *   <li>{@link org.coprod.model.Role#getKind <em>Kind</em>}</li>
 *   <li>{@link org.coprod.model.Role#getStages <em>Stages</em>}</li>
 *   <li>{@link org.coprod.model.Role#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.coprod.model.Role#getComponent <em>Component</em>}</li>
 *   <li>{@link org.coprod.model.Role#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.coprod.model.Role#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.coprod.model.Role#getDescription <em>Description</em>}</li>
 *   <li>{@link org.coprod.model.Role#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends EObject {
	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(Actor)
	 * @see org.coprod.model.CoprodPackage#getRole_Actor()
	 * @model
	 * @generated
	 */
	Actor getActor();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.coprod.model.RoleKind
	 * @see #setKind(RoleKind)
	 * @see org.coprod.model.CoprodPackage#getRole_Kind()
	 * @model
	 * @generated
	 */
	RoleKind getKind();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.coprod.model.RoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoleKind value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.ValueChainStage}.
	 * The literals are from the enumeration {@link org.coprod.model.ValueChainStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' attribute list.
	 * @see org.coprod.model.ValueChainStage
	 * @see org.coprod.model.CoprodPackage#getRole_Stages()
	 * @model
	 * @generated
	 */
	EList<ValueChainStage> getStages();

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' reference.
	 * @see #setPhase(Phase)
	 * @see org.coprod.model.CoprodPackage#getRole_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getPhase <em>Phase</em>}' reference.
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
	 * @see org.coprod.model.CoprodPackage#getRole_Component()
	 * @model
	 * @generated
	 */
	String getComponent();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(String value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(Integer)
	 * @see org.coprod.model.CoprodPackage#getRole_StartYear()
	 * @model
	 * @generated
	 */
	Integer getStartYear();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(Integer value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(Integer)
	 * @see org.coprod.model.CoprodPackage#getRole_EndYear()
	 * @model
	 * @generated
	 */
	Integer getEndYear();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.coprod.model.CoprodPackage#getRole_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getRole_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.Role#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // Role
