/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseType;
import org.coprod.model.CoProducerType;
import org.coprod.model.CodeSummary;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DefinitionLens;
import org.coprod.model.DiffusionLink;
import org.coprod.model.Document;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.InitiatorMode;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Memo;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.Sector;
import org.coprod.model.Segment;
import org.coprod.model.SourceRef;
import org.coprod.model.TypologyCoding;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#isOngoing <em>Ongoing</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPeriodNote <em>Period Note</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getCaseType <em>Case Type</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getInitiatorMode <em>Initiator Mode</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getContext <em>Context</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getCoProducers <em>Co Producers</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getMeetsDefinitions <em>Meets Definitions</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getCodings <em>Codings</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getPoliticalProfile <em>Political Profile</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getDiffusion <em>Diffusion</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.coprod.model.impl.CaseImpl#getCodeSummaries <em>Code Summaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends MinimalEObjectImpl.Container implements Case {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<String> countries;

	/**
	 * The cached value of the '{@link #getPlaces() <em>Places</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected EList<String> places;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected Integer periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected Integer periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #isOngoing() <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOngoing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONGOING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOngoing() <em>Ongoing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOngoing()
	 * @generated
	 * @ordered
	 */
	protected boolean ongoing = ONGOING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodNote() <em>Period Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodNote()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodNote() <em>Period Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodNote()
	 * @generated
	 * @ordered
	 */
	protected String periodNote = PERIOD_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Case parent;

	/**
	 * The default value of the '{@link #getCaseType() <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseType()
	 * @generated
	 * @ordered
	 */
	protected static final CaseType CASE_TYPE_EDEFAULT = CaseType.FULL_CASE_STUDY;

	/**
	 * The cached value of the '{@link #getCaseType() <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseType()
	 * @generated
	 * @ordered
	 */
	protected CaseType caseType = CASE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitiatorMode() <em>Initiator Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorMode()
	 * @generated
	 * @ordered
	 */
	protected static final InitiatorMode INITIATOR_MODE_EDEFAULT = InitiatorMode.UNKNOWN;

	/**
	 * The cached value of the '{@link #getInitiatorMode() <em>Initiator Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorMode()
	 * @generated
	 * @ordered
	 */
	protected InitiatorMode initiatorMode = INITIATOR_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected String context = CONTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final String SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected String scale = SCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoProducers() <em>Co Producers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoProducers()
	 * @generated
	 * @ordered
	 */
	protected EList<CoProducerType> coProducers;

	/**
	 * The cached value of the '{@link #getMeetsDefinitions() <em>Meets Definitions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetsDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<DefinitionLens> meetsDefinitions;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getCodings() <em>Codings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodings()
	 * @generated
	 * @ordered
	 */
	protected EList<TypologyCoding> codings;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<DriverCoding> drivers;

	/**
	 * The cached value of the '{@link #getPoliticalProfile() <em>Political Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoliticalProfile()
	 * @generated
	 * @ordered
	 */
	protected PoliticalProfile politicalProfile;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceContribution> contributions;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected EList<BenefitClaim> benefits;

	/**
	 * The cached value of the '{@link #getLimitations() <em>Limitations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitations()
	 * @generated
	 * @ordered
	 */
	protected EList<LimitationClaim> limitations;

	/**
	 * The cached value of the '{@link #getDiffusion() <em>Diffusion</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffusion()
	 * @generated
	 * @ordered
	 */
	protected EList<DiffusionLink> diffusion;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceRef> sources;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * The cached value of the '{@link #getCodeSummaries() <em>Code Summaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeSummaries()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeSummary> codeSummaries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, CoprodPackage.CASE__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCountries() {
		if (countries == null) {
			countries = new EDataTypeUniqueEList<String>(String.class, this, CoprodPackage.CASE__COUNTRIES);
		}
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPlaces() {
		if (places == null) {
			places = new EDataTypeUniqueEList<String>(String.class, this, CoprodPackage.CASE__PLACES);
		}
		return places;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EDataTypeUniqueEList<Sector>(Sector.class, this, CoprodPackage.CASE__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(Integer newPeriodStart) {
		Integer oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(Integer newPeriodEnd) {
		Integer oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOngoing() {
		return ongoing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOngoing(boolean newOngoing) {
		boolean oldOngoing = ongoing;
		ongoing = newOngoing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__ONGOING, oldOngoing, ongoing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodNote() {
		return periodNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodNote(String newPeriodNote) {
		String oldPeriodNote = periodNote;
		periodNote = newPeriodNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__PERIOD_NOTE, oldPeriodNote, periodNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Case)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CoprodPackage.CASE__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Case newParent) {
		Case oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseType getCaseType() {
		return caseType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseType(CaseType newCaseType) {
		CaseType oldCaseType = caseType;
		caseType = newCaseType == null ? CASE_TYPE_EDEFAULT : newCaseType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__CASE_TYPE, oldCaseType, caseType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiatorMode getInitiatorMode() {
		return initiatorMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatorMode(InitiatorMode newInitiatorMode) {
		InitiatorMode oldInitiatorMode = initiatorMode;
		initiatorMode = newInitiatorMode == null ? INITIATOR_MODE_EDEFAULT : newInitiatorMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__INITIATOR_MODE, oldInitiatorMode, initiatorMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(String newContext) {
		String oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(String newScale) {
		String oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoProducerType> getCoProducers() {
		if (coProducers == null) {
			coProducers = new EDataTypeUniqueEList<CoProducerType>(CoProducerType.class, this, CoprodPackage.CASE__CO_PRODUCERS);
		}
		return coProducers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DefinitionLens> getMeetsDefinitions() {
		if (meetsDefinitions == null) {
			meetsDefinitions = new EDataTypeUniqueEList<DefinitionLens>(DefinitionLens.class, this, CoprodPackage.CASE__MEETS_DEFINITIONS);
		}
		return meetsDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, CoprodPackage.CASE__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypologyCoding> getCodings() {
		if (codings == null) {
			codings = new EObjectContainmentEList<TypologyCoding>(TypologyCoding.class, this, CoprodPackage.CASE__CODINGS);
		}
		return codings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, CoprodPackage.CASE__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DriverCoding> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<DriverCoding>(DriverCoding.class, this, CoprodPackage.CASE__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoliticalProfile getPoliticalProfile() {
		return politicalProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPoliticalProfile(PoliticalProfile newPoliticalProfile, NotificationChain msgs) {
		PoliticalProfile oldPoliticalProfile = politicalProfile;
		politicalProfile = newPoliticalProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__POLITICAL_PROFILE, oldPoliticalProfile, newPoliticalProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoliticalProfile(PoliticalProfile newPoliticalProfile) {
		if (newPoliticalProfile != politicalProfile) {
			NotificationChain msgs = null;
			if (politicalProfile != null)
				msgs = ((InternalEObject)politicalProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.CASE__POLITICAL_PROFILE, null, msgs);
			if (newPoliticalProfile != null)
				msgs = ((InternalEObject)newPoliticalProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.CASE__POLITICAL_PROFILE, null, msgs);
			msgs = basicSetPoliticalProfile(newPoliticalProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.CASE__POLITICAL_PROFILE, newPoliticalProfile, newPoliticalProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceContribution> getContributions() {
		if (contributions == null) {
			contributions = new EObjectContainmentEList<ResourceContribution>(ResourceContribution.class, this, CoprodPackage.CASE__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectContainmentEList<Outcome>(Outcome.class, this, CoprodPackage.CASE__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, CoprodPackage.CASE__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BenefitClaim> getBenefits() {
		if (benefits == null) {
			benefits = new EObjectContainmentEList<BenefitClaim>(BenefitClaim.class, this, CoprodPackage.CASE__BENEFITS);
		}
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LimitationClaim> getLimitations() {
		if (limitations == null) {
			limitations = new EObjectContainmentEList<LimitationClaim>(LimitationClaim.class, this, CoprodPackage.CASE__LIMITATIONS);
		}
		return limitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiffusionLink> getDiffusion() {
		if (diffusion == null) {
			diffusion = new EObjectContainmentEList<DiffusionLink>(DiffusionLink.class, this, CoprodPackage.CASE__DIFFUSION);
		}
		return diffusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CoprodPackage.CASE__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceRef> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<SourceRef>(SourceRef.class, this, CoprodPackage.CASE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectResolvingEList<Document>(Document.class, this, CoprodPackage.CASE__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, CoprodPackage.CASE__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, CoprodPackage.CASE__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeSummary> getCodeSummaries() {
		if (codeSummaries == null) {
			codeSummaries = new EObjectContainmentEList<CodeSummary>(CodeSummary.class, this, CoprodPackage.CASE__CODE_SUMMARIES);
		}
		return codeSummaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.CASE__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__CODINGS:
				return ((InternalEList<?>)getCodings()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__POLITICAL_PROFILE:
				return basicSetPoliticalProfile(null, msgs);
			case CoprodPackage.CASE__CONTRIBUTIONS:
				return ((InternalEList<?>)getContributions()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__BENEFITS:
				return ((InternalEList<?>)getBenefits()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__LIMITATIONS:
				return ((InternalEList<?>)getLimitations()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__DIFFUSION:
				return ((InternalEList<?>)getDiffusion()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
			case CoprodPackage.CASE__CODE_SUMMARIES:
				return ((InternalEList<?>)getCodeSummaries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.CASE__ID:
				return getId();
			case CoprodPackage.CASE__NAME:
				return getName();
			case CoprodPackage.CASE__ALIASES:
				return getAliases();
			case CoprodPackage.CASE__SUMMARY:
				return getSummary();
			case CoprodPackage.CASE__COUNTRIES:
				return getCountries();
			case CoprodPackage.CASE__PLACES:
				return getPlaces();
			case CoprodPackage.CASE__SECTORS:
				return getSectors();
			case CoprodPackage.CASE__PERIOD_START:
				return getPeriodStart();
			case CoprodPackage.CASE__PERIOD_END:
				return getPeriodEnd();
			case CoprodPackage.CASE__ONGOING:
				return isOngoing();
			case CoprodPackage.CASE__PERIOD_NOTE:
				return getPeriodNote();
			case CoprodPackage.CASE__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case CoprodPackage.CASE__CASE_TYPE:
				return getCaseType();
			case CoprodPackage.CASE__INITIATOR_MODE:
				return getInitiatorMode();
			case CoprodPackage.CASE__CONTEXT:
				return getContext();
			case CoprodPackage.CASE__SCALE:
				return getScale();
			case CoprodPackage.CASE__CO_PRODUCERS:
				return getCoProducers();
			case CoprodPackage.CASE__MEETS_DEFINITIONS:
				return getMeetsDefinitions();
			case CoprodPackage.CASE__PHASES:
				return getPhases();
			case CoprodPackage.CASE__CODINGS:
				return getCodings();
			case CoprodPackage.CASE__ROLES:
				return getRoles();
			case CoprodPackage.CASE__DRIVERS:
				return getDrivers();
			case CoprodPackage.CASE__POLITICAL_PROFILE:
				return getPoliticalProfile();
			case CoprodPackage.CASE__CONTRIBUTIONS:
				return getContributions();
			case CoprodPackage.CASE__OUTCOMES:
				return getOutcomes();
			case CoprodPackage.CASE__EVIDENCE:
				return getEvidence();
			case CoprodPackage.CASE__BENEFITS:
				return getBenefits();
			case CoprodPackage.CASE__LIMITATIONS:
				return getLimitations();
			case CoprodPackage.CASE__DIFFUSION:
				return getDiffusion();
			case CoprodPackage.CASE__NOTES:
				return getNotes();
			case CoprodPackage.CASE__SOURCES:
				return getSources();
			case CoprodPackage.CASE__DOCUMENTS:
				return getDocuments();
			case CoprodPackage.CASE__SEGMENTS:
				return getSegments();
			case CoprodPackage.CASE__MEMOS:
				return getMemos();
			case CoprodPackage.CASE__CODE_SUMMARIES:
				return getCodeSummaries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoprodPackage.CASE__ID:
				setId((String)newValue);
				return;
			case CoprodPackage.CASE__NAME:
				setName((String)newValue);
				return;
			case CoprodPackage.CASE__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case CoprodPackage.CASE__SUMMARY:
				setSummary((String)newValue);
				return;
			case CoprodPackage.CASE__COUNTRIES:
				getCountries().clear();
				getCountries().addAll((Collection<? extends String>)newValue);
				return;
			case CoprodPackage.CASE__PLACES:
				getPlaces().clear();
				getPlaces().addAll((Collection<? extends String>)newValue);
				return;
			case CoprodPackage.CASE__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case CoprodPackage.CASE__PERIOD_START:
				setPeriodStart((Integer)newValue);
				return;
			case CoprodPackage.CASE__PERIOD_END:
				setPeriodEnd((Integer)newValue);
				return;
			case CoprodPackage.CASE__ONGOING:
				setOngoing((Boolean)newValue);
				return;
			case CoprodPackage.CASE__PERIOD_NOTE:
				setPeriodNote((String)newValue);
				return;
			case CoprodPackage.CASE__PARENT:
				setParent((Case)newValue);
				return;
			case CoprodPackage.CASE__CASE_TYPE:
				setCaseType((CaseType)newValue);
				return;
			case CoprodPackage.CASE__INITIATOR_MODE:
				setInitiatorMode((InitiatorMode)newValue);
				return;
			case CoprodPackage.CASE__CONTEXT:
				setContext((String)newValue);
				return;
			case CoprodPackage.CASE__SCALE:
				setScale((String)newValue);
				return;
			case CoprodPackage.CASE__CO_PRODUCERS:
				getCoProducers().clear();
				getCoProducers().addAll((Collection<? extends CoProducerType>)newValue);
				return;
			case CoprodPackage.CASE__MEETS_DEFINITIONS:
				getMeetsDefinitions().clear();
				getMeetsDefinitions().addAll((Collection<? extends DefinitionLens>)newValue);
				return;
			case CoprodPackage.CASE__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case CoprodPackage.CASE__CODINGS:
				getCodings().clear();
				getCodings().addAll((Collection<? extends TypologyCoding>)newValue);
				return;
			case CoprodPackage.CASE__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case CoprodPackage.CASE__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends DriverCoding>)newValue);
				return;
			case CoprodPackage.CASE__POLITICAL_PROFILE:
				setPoliticalProfile((PoliticalProfile)newValue);
				return;
			case CoprodPackage.CASE__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends ResourceContribution>)newValue);
				return;
			case CoprodPackage.CASE__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case CoprodPackage.CASE__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case CoprodPackage.CASE__BENEFITS:
				getBenefits().clear();
				getBenefits().addAll((Collection<? extends BenefitClaim>)newValue);
				return;
			case CoprodPackage.CASE__LIMITATIONS:
				getLimitations().clear();
				getLimitations().addAll((Collection<? extends LimitationClaim>)newValue);
				return;
			case CoprodPackage.CASE__DIFFUSION:
				getDiffusion().clear();
				getDiffusion().addAll((Collection<? extends DiffusionLink>)newValue);
				return;
			case CoprodPackage.CASE__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CoprodPackage.CASE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends SourceRef>)newValue);
				return;
			case CoprodPackage.CASE__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case CoprodPackage.CASE__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case CoprodPackage.CASE__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
				return;
			case CoprodPackage.CASE__CODE_SUMMARIES:
				getCodeSummaries().clear();
				getCodeSummaries().addAll((Collection<? extends CodeSummary>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoprodPackage.CASE__ID:
				setId(ID_EDEFAULT);
				return;
			case CoprodPackage.CASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoprodPackage.CASE__ALIASES:
				getAliases().clear();
				return;
			case CoprodPackage.CASE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case CoprodPackage.CASE__COUNTRIES:
				getCountries().clear();
				return;
			case CoprodPackage.CASE__PLACES:
				getPlaces().clear();
				return;
			case CoprodPackage.CASE__SECTORS:
				getSectors().clear();
				return;
			case CoprodPackage.CASE__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case CoprodPackage.CASE__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case CoprodPackage.CASE__ONGOING:
				setOngoing(ONGOING_EDEFAULT);
				return;
			case CoprodPackage.CASE__PERIOD_NOTE:
				setPeriodNote(PERIOD_NOTE_EDEFAULT);
				return;
			case CoprodPackage.CASE__PARENT:
				setParent((Case)null);
				return;
			case CoprodPackage.CASE__CASE_TYPE:
				setCaseType(CASE_TYPE_EDEFAULT);
				return;
			case CoprodPackage.CASE__INITIATOR_MODE:
				setInitiatorMode(INITIATOR_MODE_EDEFAULT);
				return;
			case CoprodPackage.CASE__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case CoprodPackage.CASE__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case CoprodPackage.CASE__CO_PRODUCERS:
				getCoProducers().clear();
				return;
			case CoprodPackage.CASE__MEETS_DEFINITIONS:
				getMeetsDefinitions().clear();
				return;
			case CoprodPackage.CASE__PHASES:
				getPhases().clear();
				return;
			case CoprodPackage.CASE__CODINGS:
				getCodings().clear();
				return;
			case CoprodPackage.CASE__ROLES:
				getRoles().clear();
				return;
			case CoprodPackage.CASE__DRIVERS:
				getDrivers().clear();
				return;
			case CoprodPackage.CASE__POLITICAL_PROFILE:
				setPoliticalProfile((PoliticalProfile)null);
				return;
			case CoprodPackage.CASE__CONTRIBUTIONS:
				getContributions().clear();
				return;
			case CoprodPackage.CASE__OUTCOMES:
				getOutcomes().clear();
				return;
			case CoprodPackage.CASE__EVIDENCE:
				getEvidence().clear();
				return;
			case CoprodPackage.CASE__BENEFITS:
				getBenefits().clear();
				return;
			case CoprodPackage.CASE__LIMITATIONS:
				getLimitations().clear();
				return;
			case CoprodPackage.CASE__DIFFUSION:
				getDiffusion().clear();
				return;
			case CoprodPackage.CASE__NOTES:
				getNotes().clear();
				return;
			case CoprodPackage.CASE__SOURCES:
				getSources().clear();
				return;
			case CoprodPackage.CASE__DOCUMENTS:
				getDocuments().clear();
				return;
			case CoprodPackage.CASE__SEGMENTS:
				getSegments().clear();
				return;
			case CoprodPackage.CASE__MEMOS:
				getMemos().clear();
				return;
			case CoprodPackage.CASE__CODE_SUMMARIES:
				getCodeSummaries().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoprodPackage.CASE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CoprodPackage.CASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoprodPackage.CASE__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case CoprodPackage.CASE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case CoprodPackage.CASE__COUNTRIES:
				return countries != null && !countries.isEmpty();
			case CoprodPackage.CASE__PLACES:
				return places != null && !places.isEmpty();
			case CoprodPackage.CASE__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case CoprodPackage.CASE__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case CoprodPackage.CASE__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case CoprodPackage.CASE__ONGOING:
				return ongoing != ONGOING_EDEFAULT;
			case CoprodPackage.CASE__PERIOD_NOTE:
				return PERIOD_NOTE_EDEFAULT == null ? periodNote != null : !PERIOD_NOTE_EDEFAULT.equals(periodNote);
			case CoprodPackage.CASE__PARENT:
				return parent != null;
			case CoprodPackage.CASE__CASE_TYPE:
				return caseType != CASE_TYPE_EDEFAULT;
			case CoprodPackage.CASE__INITIATOR_MODE:
				return initiatorMode != INITIATOR_MODE_EDEFAULT;
			case CoprodPackage.CASE__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case CoprodPackage.CASE__SCALE:
				return SCALE_EDEFAULT == null ? scale != null : !SCALE_EDEFAULT.equals(scale);
			case CoprodPackage.CASE__CO_PRODUCERS:
				return coProducers != null && !coProducers.isEmpty();
			case CoprodPackage.CASE__MEETS_DEFINITIONS:
				return meetsDefinitions != null && !meetsDefinitions.isEmpty();
			case CoprodPackage.CASE__PHASES:
				return phases != null && !phases.isEmpty();
			case CoprodPackage.CASE__CODINGS:
				return codings != null && !codings.isEmpty();
			case CoprodPackage.CASE__ROLES:
				return roles != null && !roles.isEmpty();
			case CoprodPackage.CASE__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case CoprodPackage.CASE__POLITICAL_PROFILE:
				return politicalProfile != null;
			case CoprodPackage.CASE__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
			case CoprodPackage.CASE__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case CoprodPackage.CASE__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case CoprodPackage.CASE__BENEFITS:
				return benefits != null && !benefits.isEmpty();
			case CoprodPackage.CASE__LIMITATIONS:
				return limitations != null && !limitations.isEmpty();
			case CoprodPackage.CASE__DIFFUSION:
				return diffusion != null && !diffusion.isEmpty();
			case CoprodPackage.CASE__NOTES:
				return notes != null && !notes.isEmpty();
			case CoprodPackage.CASE__SOURCES:
				return sources != null && !sources.isEmpty();
			case CoprodPackage.CASE__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CoprodPackage.CASE__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case CoprodPackage.CASE__MEMOS:
				return memos != null && !memos.isEmpty();
			case CoprodPackage.CASE__CODE_SUMMARIES:
				return codeSummaries != null && !codeSummaries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", summary: ");
		result.append(summary);
		result.append(", countries: ");
		result.append(countries);
		result.append(", places: ");
		result.append(places);
		result.append(", sectors: ");
		result.append(sectors);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", ongoing: ");
		result.append(ongoing);
		result.append(", periodNote: ");
		result.append(periodNote);
		result.append(", caseType: ");
		result.append(caseType);
		result.append(", initiatorMode: ");
		result.append(initiatorMode);
		result.append(", context: ");
		result.append(context);
		result.append(", scale: ");
		result.append(scale);
		result.append(", coProducers: ");
		result.append(coProducers);
		result.append(", meetsDefinitions: ");
		result.append(meetsDefinitions);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
