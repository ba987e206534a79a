/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A co-production initiative, or a piece of context evidence, documented in one file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.Case#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.Case#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.Case#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.coprod.model.Case#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.coprod.model.Case#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.coprod.model.Case#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.coprod.model.Case#isOngoing <em>Ongoing</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPeriodNote <em>Period Note</em>}</li>
 *   <li>{@link org.coprod.model.Case#getParent <em>Parent</em>}</li>
 *   <li>{@link org.coprod.model.Case#getCaseType <em>Case Type</em>}</li>
 *   <li>{@link org.coprod.model.Case#getInitiatorMode <em>Initiator Mode</em>}</li>
 *   <li>{@link org.coprod.model.Case#getContext <em>Context</em>}</li>
 *   <li>{@link org.coprod.model.Case#getScale <em>Scale</em>}</li>
 *   <li>{@link org.coprod.model.Case#getCoProducers <em>Co Producers</em>}</li>
 *   <li>{@link org.coprod.model.Case#getMeetsDefinitions <em>Meets Definitions</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.coprod.model.Case#getCodings <em>Codings</em>}</li>
 *   <li>{@link org.coprod.model.Case#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.coprod.model.Case#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.coprod.model.Case#getPoliticalProfile <em>Political Profile</em>}</li>
 *   <li>{@link org.coprod.model.Case#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.coprod.model.Case#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.coprod.model.Case#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.coprod.model.Case#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.coprod.model.Case#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.coprod.model.Case#getDiffusion <em>Diffusion</em>}</li>
 *   <li>{@link org.coprod.model.Case#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.coprod.model.Case#getSources <em>Sources</em>}</li>
 *   <li>{@link org.coprod.model.Case#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.coprod.model.Case#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.coprod.model.Case#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.coprod.model.Case#getCodeSummaries <em>Code Summaries</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.coprod.model.CoprodPackage#getCase_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getId <em>Id</em>}' attribute.
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
	 * @see org.coprod.model.CoprodPackage#getCase_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.coprod.model.CoprodPackage#getCase_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.coprod.model.CoprodPackage#getCase_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Countries</em>' attribute list.
	 * @see org.coprod.model.CoprodPackage#getCase_Countries()
	 * @model
	 * @generated
	 */
	EList<String> getCountries();

	/**
	 * Returns the value of the '<em><b>Places</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Places</em>' attribute list.
	 * @see org.coprod.model.CoprodPackage#getCase_Places()
	 * @model
	 * @generated
	 */
	EList<String> getPlaces();

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.Sector}.
	 * The literals are from the enumeration {@link org.coprod.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' attribute list.
	 * @see org.coprod.model.Sector
	 * @see org.coprod.model.CoprodPackage#getCase_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(Integer)
	 * @see org.coprod.model.CoprodPackage#getCase_PeriodStart()
	 * @model
	 * @generated
	 */
	Integer getPeriodStart();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(Integer value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(Integer)
	 * @see org.coprod.model.CoprodPackage#getCase_PeriodEnd()
	 * @model
	 * @generated
	 */
	Integer getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(Integer value);

	/**
	 * Returns the value of the '<em><b>Ongoing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ongoing</em>' attribute.
	 * @see #setOngoing(boolean)
	 * @see org.coprod.model.CoprodPackage#getCase_Ongoing()
	 * @model
	 * @generated
	 */
	boolean isOngoing();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#isOngoing <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ongoing</em>' attribute.
	 * @see #isOngoing()
	 * @generated
	 */
	void setOngoing(boolean value);

	/**
	 * Returns the value of the '<em><b>Period Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Note</em>' attribute.
	 * @see #setPeriodNote(String)
	 * @see org.coprod.model.CoprodPackage#getCase_PeriodNote()
	 * @model
	 * @generated
	 */
	String getPeriodNote();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getPeriodNote <em>Period Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Note</em>' attribute.
	 * @see #getPeriodNote()
	 * @generated
	 */
	void setPeriodNote(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Case)
	 * @see org.coprod.model.CoprodPackage#getCase_Parent()
	 * @model
	 * @generated
	 */
	Case getParent();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Case value);

	/**
	 * Returns the value of the '<em><b>Case Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.CaseType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Type</em>' attribute.
	 * @see org.coprod.model.CaseType
	 * @see #setCaseType(CaseType)
	 * @see org.coprod.model.CoprodPackage#getCase_CaseType()
	 * @model
	 * @generated
	 */
	CaseType getCaseType();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getCaseType <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Type</em>' attribute.
	 * @see org.coprod.model.CaseType
	 * @see #getCaseType()
	 * @generated
	 */
	void setCaseType(CaseType value);

	/**
	 * Returns the value of the '<em><b>Initiator Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.InitiatorMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator Mode</em>' attribute.
	 * @see org.coprod.model.InitiatorMode
	 * @see #setInitiatorMode(InitiatorMode)
	 * @see org.coprod.model.CoprodPackage#getCase_InitiatorMode()
	 * @model
	 * @generated
	 */
	InitiatorMode getInitiatorMode();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getInitiatorMode <em>Initiator Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator Mode</em>' attribute.
	 * @see org.coprod.model.InitiatorMode
	 * @see #getInitiatorMode()
	 * @generated
	 */
	void setInitiatorMode(InitiatorMode value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see org.coprod.model.CoprodPackage#getCase_Context()
	 * @model
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(String)
	 * @see org.coprod.model.CoprodPackage#getCase_Scale()
	 * @model
	 * @generated
	 */
	String getScale();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(String value);

	/**
	 * Returns the value of the '<em><b>Co Producers</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.CoProducerType}.
	 * The literals are from the enumeration {@link org.coprod.model.CoProducerType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co Producers</em>' attribute list.
	 * @see org.coprod.model.CoProducerType
	 * @see org.coprod.model.CoprodPackage#getCase_CoProducers()
	 * @model
	 * @generated
	 */
	EList<CoProducerType> getCoProducers();

	/**
	 * Returns the value of the '<em><b>Meets Definitions</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.DefinitionLens}.
	 * The literals are from the enumeration {@link org.coprod.model.DefinitionLens}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meets Definitions</em>' attribute list.
	 * @see org.coprod.model.DefinitionLens
	 * @see org.coprod.model.CoprodPackage#getCase_MeetsDefinitions()
	 * @model
	 * @generated
	 */
	EList<DefinitionLens> getMeetsDefinitions();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Codings</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.TypologyCoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codings</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Codings()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypologyCoding> getCodings();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.DriverCoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Drivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<DriverCoding> getDrivers();

	/**
	 * Returns the value of the '<em><b>Political Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Political Profile</em>' containment reference.
	 * @see #setPoliticalProfile(PoliticalProfile)
	 * @see org.coprod.model.CoprodPackage#getCase_PoliticalProfile()
	 * @model containment="true"
	 * @generated
	 */
	PoliticalProfile getPoliticalProfile();

	/**
	 * Sets the value of the '{@link org.coprod.model.Case#getPoliticalProfile <em>Political Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Political Profile</em>' containment reference.
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	void setPoliticalProfile(PoliticalProfile value);

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.ResourceContribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Contributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResourceContribution> getContributions();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.BenefitClaim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefits</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Benefits()
	 * @model containment="true"
	 * @generated
	 */
	EList<BenefitClaim> getBenefits();

	/**
	 * Returns the value of the '<em><b>Limitations</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.LimitationClaim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limitations</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Limitations()
	 * @model containment="true"
	 * @generated
	 */
	EList<LimitationClaim> getLimitations();

	/**
	 * Returns the value of the '<em><b>Diffusion</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.DiffusionLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diffusion</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Diffusion()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiffusionLink> getDiffusion();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.SourceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceRef> getSources();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' reference list.
	 * The list contents are of type {@link org.coprod.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source documents of the library that this case draws on; one document may serve several cases.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Documents()
	 * @model
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coded passages kept with this case: passages of its notes, and of documents coded for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

	/**
	 * Returns the value of the '<em><b>Code Summaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.coprod.model.CodeSummary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Summaries</em>' containment reference list.
	 * @see org.coprod.model.CoprodPackage#getCase_CodeSummaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeSummary> getCodeSummaries();

} // Case
